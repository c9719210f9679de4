package org.seqdesk.sequences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;

/** Editing a stored sequence's raw document and saving it through the lost-update check. */
class DocumentEditorTest {
    private static final Path CORPUS =
            Path.of(System.getProperty("seqdesk.corpus", "../shared/corpus"));

    private final MapSequenceStore store = new MapSequenceStore();
    private final List<String> conflicts = new ArrayList<>();
    private SequencesViewModel model;
    private DocumentEditor editor;

    @BeforeEach
    void setUp() {
        Decisions decisions =
                new Decisions() {
                    @Override
                    public boolean confirm(String title, String text) {
                        return false;
                    }

                    @Override
                    public Conflict resolve(String text) {
                        conflicts.add(text);
                        return Conflict.CANCEL;
                    }
                };
        model =
                new SequencesViewModel(
                        store,
                        TaskRunner.inline(),
                        decisions,
                        new SequenceActions(),
                        new TimelineViewModel(ItemPreviews.none()));
        editor = new DocumentEditor(model);
        store.add("VX-1", "vidispine", vidispine(8));
    }

    private static byte[] vidispine(int segments) {
        return SequenceFormats.writer(SequenceFormat.VIDISPINE)
                .orElseThrow()
                .write(SampleSequences.large(segments))
                .content();
    }

    private void openStored() {
        model.itemIdProperty().set("VX-1");
        model.open(model.entries().get(0));
    }

    @Test
    void onlyAStoredDocumentCanBeEdited() {
        assertThat(editor.editableProperty().get()).isFalse();

        model.previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), null);
        editor.edit();
        assertThat(editor.editingProperty().get()).isFalse();

        openStored();
        assertThat(editor.editableProperty().get()).isTrue();
        assertThat(editor.textProperty().get()).contains("SequenceDocument");
    }

    @Test
    void savedTextIsStoredAndShownAsTheNewDocument() {
        openStored();
        editor.edit();
        String edited = new String(vidispine(5), StandardCharsets.UTF_8);
        editor.textProperty().set(edited);

        editor.save();

        assertThat(store.calls).contains("put VX-1 vidispine");
        assertThat(new String(store.items.get("VX-1").get("vidispine"), StandardCharsets.UTF_8))
                .isEqualTo(edited);
        assertThat(editor.editingProperty().get()).isFalse();
        assertThat(model.timeline().segmentCount()).isEqualTo(5);
    }

    @Test
    void aDocumentThatDoesNotReadIsNotSentAndTheUserKeepsTheText() {
        openStored();
        editor.edit();
        editor.textProperty().set("<SequenceDocument><track><segment>");

        editor.save();

        assertThat(editor.errorProperty().get())
                .startsWith("Not sent: the edited document does not read as a vidispine sequence.");
        assertThat(store.calls).noneMatch(c -> c.startsWith("put"));
        assertThat(editor.editingProperty().get()).isTrue();
        assertThat(editor.textProperty().get()).isEqualTo("<SequenceDocument><track><segment>");
    }

    @Test
    void aVersionChangedOnTheServerMeanwhileIsNotReplacedUnasked() {
        openStored();
        editor.edit();
        String edited = new String(vidispine(5), StandardCharsets.UTF_8);
        editor.textProperty().set(edited);
        store.add("VX-1", "vidispine", vidispine(3));

        editor.save();

        assertThat(conflicts).hasSize(1);
        assertThat(store.calls).noneMatch(c -> c.startsWith("put"));
        assertThat(editor.editingProperty().get()).isTrue();
        assertThat(editor.textProperty().get()).isEqualTo(edited);
    }

    @Test
    void cancelBringsBackTheDocumentAsOpened() {
        openStored();
        String opened = editor.textProperty().get();
        editor.edit();
        editor.textProperty().set("scribbles");

        editor.cancel();

        assertThat(editor.textProperty().get()).isEqualTo(opened);
        assertThat(editor.editingProperty().get()).isFalse();
    }
}

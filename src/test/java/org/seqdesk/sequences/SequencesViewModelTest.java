package org.seqdesk.sequences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;

class SequencesViewModelTest {
    private static final Path CORPUS =
            Path.of(System.getProperty("seqdesk.corpus", "../shared/corpus"));

    private final MapSequenceStore store = new MapSequenceStore();
    private final List<String> asked = new ArrayList<>();
    private boolean answer = true;
    private final java.util.Deque<Boolean> answers = new java.util.ArrayDeque<>();
    private Decisions.Conflict conflictAnswer = Decisions.Conflict.CANCEL;
    private final List<SequenceEntry> exported = new ArrayList<>();
    private final List<String> sentFiles = new ArrayList<>();
    private SequencesViewModel model;

    @BeforeEach
    void setUp() {
        SequenceActions actions = new SequenceActions();
        actions.onExport(exported::add);
        actions.onExportFile(
                (seq, name) -> sentFiles.add("export " + name + " " + seq.segmentCount()));
        actions.onRenderFile(
                (seq, name) -> sentFiles.add("render " + name + " " + seq.segmentCount()));
        Decisions decisions =
                new Decisions() {
                    @Override
                    public boolean confirm(String title, String text) {
                        asked.add(text);
                        return answers.isEmpty() ? answer : answers.poll();
                    }

                    @Override
                    public Conflict resolve(String text) {
                        asked.add(text);
                        return conflictAnswer;
                    }
                };
        model =
                new SequencesViewModel(
                        store,
                        TaskRunner.inline(),
                        decisions,
                        actions,
                        new TimelineViewModel(ItemPreviews.none()));
        store.add("VX-1", "vidispine", vidispine(SampleSequences.marked()));
    }

    private static byte[] vidispine(org.seqdesk.timeline.Sequence s) {
        return SequenceFormats.writer(SequenceFormat.VIDISPINE).orElseThrow().write(s).content();
    }

    @Test
    void selectingAnItemListsItsSequences() {
        model.itemIdProperty().set("VX-1");

        assertThat(model.entries()).containsExactly(new SequenceEntry("VX-1", "VX-9", "vidispine"));
        assertThat(model.messageProperty().get()).isEqualTo("Item VX-1 holds 1 sequence.");
    }

    @Test
    void openingShowsTheTimelineAndThePrettyDocument() {
        model.itemIdProperty().set("VX-1");

        model.open(model.entries().get(0));

        assertThat(model.timeline().segmentCount()).isEqualTo(6);
        assertThat(model.documentProperty().get()).contains("\n  <track>");
        assertThat(model.loadedProperty().get().isPreview()).isFalse();
    }

    @Test
    void deleteSaysWhatGoesAndRemovesOnlyWhenConfirmed() {
        model.itemIdProperty().set("VX-1");
        answer = false;

        model.delete(model.entries().get(0));

        assertThat(asked.get(0))
                .isEqualTo(
                        "Delete the vidispine sequence VX-9 from item VX-1? Only this sequence"
                                + " document is removed: the item, its media and its sequences in"
                                + " other formats stay.");
        assertThat(model.entries()).hasSize(1);
        answer = true;
        model.delete(model.entries().get(0));
        assertThat(model.entries()).isEmpty();
        assertThat(store.calls).contains("delete VX-1 vidispine");
    }

    @Test
    void droppedEdlIsShownWithItsProblemsBeforeAnythingIsSent() throws IOException {
        model.itemIdProperty().set("VX-1");
        Path edl = CORPUS.resolve("edl/otio_gap_test.edl");

        model.previewFile(edl, "VX-1");

        LoadedSequence preview = model.loadedProperty().get();
        assertThat(preview.isPreview()).isTrue();
        assertThat(preview.formatId()).isEqualTo("edl");
        assertThat(model.timeline().segmentCount()).isGreaterThan(0);
        assertThat(store.calls).noneMatch(c -> c.startsWith("put"));
        assertThat(model.messageProperty().get()).contains("Not on the server yet");
    }

    @Test
    void aPreviewedFileIsExportedAndRenderedWithoutStoringIt() {
        model.itemIdProperty().set("VX-1");
        model.previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), "VX-1");
        int segments =
                model.loadedProperty().get().result().sequence().orElseThrow().segmentCount();

        model.exportPreview();
        model.renderPreview();

        assertThat(sentFiles)
                .containsExactly(
                        "export otio_gap_test.edl " + segments,
                        "render otio_gap_test.edl " + segments);
        assertThat(store.calls).noneMatch(c -> c.startsWith("put"));
    }

    @Test
    void confirmedPreviewIsStoredInItsFormatAndOpened() {
        model.itemIdProperty().set("VX-1");
        model.previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), "VX-1");

        model.uploadPreview(false);

        assertThat(store.calls).contains("put VX-1 edl");
        assertThat(model.entries()).extracting(SequenceEntry::format).contains("edl", "vidispine");
        assertThat(model.loadedProperty().get().isPreview()).isFalse();
    }

    @Test
    void previewConvertedToVidispineAsksBeforeReplacingOneNeverOpened() {
        model.itemIdProperty().set("VX-1");
        model.previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), "VX-1");
        answers.add(true); // accept what the conversion drops
        answer = false;

        model.uploadPreview(true);

        assertThat(asked.get(0)).contains("Converting drops");
        assertThat(asked.get(1)).contains("Item VX-1 already holds a vidispine sequence");
        assertThat(store.calls).noneMatch(c -> c.startsWith("put"));
    }

    @Test
    void aLossyConversionIsSentOnlyAfterTheUserHasSeenWhatItDrops() {
        model.itemIdProperty().set("VX-1");
        model.previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), "VX-1");
        answer = false;

        model.uploadPreview(true);

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).contains("otio_gap_test.edl").contains("Converting drops");
        assertThat(store.calls).noneMatch(c -> c.startsWith("put"));
    }

    @Test
    void replacingTheOpenedSequenceFromAFileChecksTheServerCopyFirst() {
        model.itemIdProperty().set("VX-1");
        model.open(model.entries().get(0));
        model.previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), "VX-1");
        store.add("VX-1", "vidispine", vidispine(SampleSequences.large(8)));

        model.uploadPreview(true);

        assertThat(asked).hasSize(2);
        assertThat(asked.get(0)).contains("Converting drops");
        assertThat(asked.get(1)).contains("changed on the server since you opened it");
        assertThat(store.calls).noneMatch(c -> c.startsWith("put"));
    }

    @Test
    void newItemFromAFileMakesTheItemThenStoresTheSequence() {
        model.previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), null);

        model.uploadPreview(false);

        assertThat(store.calls)
                .containsSubsequence("create VX-100 otio_gap_test.edl", "put VX-100 edl");
        assertThat(model.itemIdProperty().get()).isEqualTo("VX-100");
    }

    @Test
    void savingAfterSomeoneElseChangedItLetsTheUserDecide() {
        model.itemIdProperty().set("VX-1");
        model.open(model.entries().get(0));
        store.add("VX-1", "vidispine", vidispine(SampleSequences.large(8)));
        byte[] mine = vidispine(SampleSequences.large(4));

        model.save(mine);

        assertThat(asked.get(0)).contains("changed on the server since you opened it");
        assertThat(store.calls).noneMatch(c -> c.startsWith("put"));
        conflictAnswer = Decisions.Conflict.OVERWRITE;
        model.save(mine);
        assertThat(store.calls).contains("put VX-1 vidispine");
    }

    @Test
    void savingAnUnchangedSequenceNeedsNoQuestion() {
        model.itemIdProperty().set("VX-1");
        model.open(model.entries().get(0));

        model.save(vidispine(SampleSequences.large(4)));

        assertThat(asked).isEmpty();
        assertThat(store.calls).contains("put VX-1 vidispine");
    }

    @Test
    void anUnknownFileSaysSoAndCannotBeUploaded() {
        model.preview("notes.xml", "<notes/>".getBytes(StandardCharsets.UTF_8), "VX-1");

        assertThat(model.loadedProperty().get().canUpload()).isFalse();
        assertThat(model.problems().get(0).message())
                .isEqualTo("SeqDesk does not recognise notes.xml as a sequence it can read.");
    }

    @Test
    void exportIsHandedOnWithTheSelectedSequence() {
        model.itemIdProperty().set("VX-1");

        model.export(model.entries().get(0));

        assertThat(exported).containsExactly(model.entries().get(0));
    }

    @Test
    void failuresBecomeASentence() throws IOException {
        model.itemIdProperty().set("VX-404");
        model.open(new SequenceEntry("VX-404", "", "vidispine"));

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).doesNotContain("Exception");
        assertThat(Files.exists(CORPUS)).isTrue();
    }
}

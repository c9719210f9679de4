package org.seqdesk.sequences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.ServerStatus;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;

/** What the sequence screen keeps, drops and selects as the item changes and actions finish. */
class SequenceScreenStateTest {
    private static final Path CORPUS =
            Path.of(System.getProperty("seqdesk.corpus", "../shared/corpus"));

    private final MapSequenceStore store = new MapSequenceStore();
    private final List<String> asked = new ArrayList<>();
    private final List<String> changedMetadata = new ArrayList<>();
    private final ServerStatus status = new ServerStatus();
    private boolean answer = true;
    private SequencesViewModel model;

    @BeforeEach
    void setUp() {
        SequenceActions actions = new SequenceActions();
        actions.onMetadataChanged(changedMetadata::add);
        // the browser, when asked to reveal an item, selects it: the list follows
        actions.onReveal(id -> model.itemIdProperty().set(id));
        Decisions decisions =
                new Decisions() {
                    @Override
                    public boolean confirm(String title, String text) {
                        asked.add(title + ": " + text);
                        return answer;
                    }

                    @Override
                    public Conflict resolve(String text) {
                        return Conflict.CANCEL;
                    }
                };
        model =
                new SequencesViewModel(
                        store,
                        TaskRunner.inline(),
                        decisions,
                        actions,
                        new TimelineViewModel(ItemPreviews.none()),
                        status);
        store.add(
                "VX-1",
                "vidispine",
                SequenceFormats.writer(SequenceFormat.VIDISPINE)
                        .orElseThrow()
                        .write(SampleSequences.marked())
                        .content());
    }

    private void openFirst(String itemId) {
        model.itemIdProperty().set(itemId);
        model.open(model.entries().get(0));
    }

    @Test
    void choosingAnotherItemClearsTheSequenceShownOfTheOneBefore() {
        openFirst("VX-1");
        assertThat(model.timeline().segmentCount()).isPositive();

        model.itemIdProperty().set("VX-2");

        assertThat(model.loadedProperty().get()).isNull();
        assertThat(model.timeline().segmentCount()).isZero();
        assertThat(model.documentProperty().get()).isEmpty();
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void revealingASegmentsSourceItemKeepsTheTimeline() {
        openFirst("VX-1");
        model.timeline().selectFirst();
        String source = model.timeline().selectedItemIdProperty().get();

        model.revealSource();

        assertThat(model.itemIdProperty().get()).isEqualTo(source);
        assertThat(model.loadedProperty().get().itemId()).isEqualTo("VX-1");
        assertThat(model.timeline().segmentCount()).isPositive();
    }

    @Test
    void aFileBoundForANewItemStaysWhileTheUserBrowses() {
        model.previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), null);

        model.itemIdProperty().set("VX-1");

        assertThat(model.loadedProperty().get().isPreview()).isTrue();
    }

    @Test
    void conformIsNotOfferedForAnItemWithoutSequences() {
        model.itemIdProperty().set("VX-2");

        model.conformMetadata();

        assertThat(asked).isEmpty();
        assertThat(store.calls).noneMatch(c -> c.startsWith("conform"));
    }

    @Test
    void conformSaysWhatItOverwritesAndRunsOnlyWhenConfirmed() {
        model.itemIdProperty().set("VX-1");
        answer = false;

        model.conformMetadata();

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0))
                .startsWith("Conform metadata?")
                .contains("onto item VX-1")
                .contains("overwritten");
        assertThat(store.calls).noneMatch(c -> c.startsWith("conform"));
        assertThat(changedMetadata).isEmpty();
    }

    @Test
    void aConfirmedConformTellsWhoShowsTheItemsMetadata() {
        model.itemIdProperty().set("VX-1");

        model.conformMetadata();

        assertThat(store.calls).contains("conform VX-1");
        assertThat(changedMetadata).containsExactly("VX-1");
    }

    @Test
    void afterAnUploadTheStoredSequenceIsTheSelectedOne() {
        model.itemIdProperty().set("VX-1");
        model.previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), "VX-1");

        model.uploadPreview(false);

        assertThat(model.selectedProperty().get()).isNotNull();
        assertThat(model.selectedProperty().get().format()).isEqualTo("edl");
        assertThat(model.entries()).contains(model.selectedProperty().get());
        assertThat(model.loadedProperty().get().formatId()).isEqualTo("edl");
    }

    @Test
    void afterANewItemUploadItsSequenceIsSelected() {
        model.previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), null);

        model.uploadPreview(false);

        assertThat(model.itemIdProperty().get()).isEqualTo("VX-100");
        assertThat(model.selectedProperty().get().itemId()).isEqualTo("VX-100");
        assertThat(model.selectedProperty().get().format()).isEqualTo("edl");
    }

    @Test
    void aRefusedConnectionMarksTheServerUnreachableUntilItAnswers() {
        MapSequenceStore down =
                new MapSequenceStore() {
                    @Override
                    public List<SequenceEntry> list(String itemId) throws IOException {
                        throw new ConnectException("Connection refused");
                    }
                };
        SequencesViewModel offline =
                new SequencesViewModel(
                        down,
                        TaskRunner.inline(),
                        null,
                        new SequenceActions(),
                        new TimelineViewModel(ItemPreviews.none()),
                        status);

        offline.itemIdProperty().set("VX-1");
        assertThat(status.reachableProperty().get()).isFalse();
        assertThat(offline.failedProperty().get()).isTrue();

        model.itemIdProperty().set("VX-1");
        assertThat(status.reachableProperty().get()).isTrue();
        // the other screen's answer takes the unreachable message away here too
        assertThat(offline.failedProperty().get()).isFalse();
        assertThat(offline.messageProperty().get()).isEmpty();
    }
}

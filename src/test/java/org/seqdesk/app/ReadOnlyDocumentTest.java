package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.sequences.SampleSequences;
import org.seqdesk.sequences.SequenceActions;
import org.seqdesk.sequences.SequenceEntry;
import org.seqdesk.sequences.SequenceListView;
import org.seqdesk.sequences.SequenceStore;
import org.seqdesk.sequences.SequencesViewModel;
import org.seqdesk.sequences.TimelineViewModel;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The document tab of a stored sequence: editable on a writable server, not on a read-only one. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyDocumentTest {
    private SequencesViewModel model;
    private SequenceListView view;

    @Start
    void start(Stage stage) {
        model =
                new SequencesViewModel(
                        new OneSequence(),
                        TaskRunner.inline(),
                        SequenceListView.dialogsFor(new javafx.scene.layout.Pane()),
                        new SequenceActions(),
                        new TimelineViewModel(ItemPreviews.none()));
        view = new SequenceListView(model, ItemPreviews.none());
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    private void openDocumentTab(FxRobot robot) {
        robot.interact(
                () -> {
                    model.itemIdProperty().set("VX-1");
                    model.open(model.entries().get(0));
                    robot.lookup("#sequenceTabs")
                            .queryAs(TabPane.class)
                            .getSelectionModel()
                            .select(2);
                });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void onAWritableServerTheStoredDocumentCanBeEdited(FxRobot robot) {
        openDocumentTab(robot);

        robot.clickOn("#editDocument");

        assertThat(robot.lookup("#documentText").queryAs(TextArea.class).isEditable()).isTrue();
        assertThat(robot.lookup("#saveDocument").query().isVisible()).isTrue();
    }

    @Test
    void readOnlyHidesEditingSoTheDocumentStaysReadOnly(FxRobot robot) {
        openDocumentTab(robot);

        robot.interact(() -> ReadOnlyMode.apply(view, true));

        Node edit = robot.lookup("#editDocument").query();
        assertThat(edit.isVisible()).isFalse();
        assertThat(robot.lookup("#saveDocument").query().isVisible()).isFalse();
        assertThat(robot.lookup("#documentText").queryAs(TextArea.class).isEditable()).isFalse();
    }

    /** One small vidispine sequence on item VX-1. */
    private static final class OneSequence implements SequenceStore {
        private final byte[] document =
                SequenceFormats.writer(SequenceFormat.VIDISPINE)
                        .orElseThrow()
                        .write(SampleSequences.marked())
                        .content();

        @Override
        public List<SequenceEntry> list(String itemId) {
            return List.of(new SequenceEntry(itemId, "VX-9", "vidispine"));
        }

        @Override
        public byte[] fetch(String itemId, String format) {
            return document;
        }

        @Override
        public void put(String itemId, String format, byte[] content, String mediaType) {}

        @Override
        public void delete(String itemId, String format) {}

        @Override
        public void conformMetadata(String itemId) {}

        @Override
        public String createItem(String title) {
            return "VX-3";
        }
    }
}

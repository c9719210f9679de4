package org.seqdesk.sequences;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.testing.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView(new TimelineViewModel(ItemPreviews.none()), ItemPreviews.none());
        stage.setScene(new Scene(view, 1000, 420));
        stage.show();
    }

    @Test
    void showsRateModeAndMarksInWords(FxRobot robot) {
        robot.interact(() -> view.model().setSequence(SampleSequences.marked()));

        assertThat(robot.lookup("#timelineRate").queryAs(Label.class).getText())
                .isEqualTo("25 fps, non-drop-frame timecode (NDF)");
        assertThat(robot.lookup("#timelineSummary").queryAs(Label.class).getText())
                .contains("6 segments on 1 video track and 1 audio track")
                .contains("Gaps: 2, overlaps: 2, mixed-rate segments: 1");
        Shots.save(view, "timeline-marked");
    }

    @Test
    void clickingASegmentSelectsItInTheAccessibleListToo(FxRobot robot) {
        robot.interact(() -> view.model().setSequence(SampleSequences.marked()));
        TimelineCanvas canvas = view.canvas();
        double frameX = TimelinePainter.LABELS + 75 * view.model().pixelsPerFrameProperty().get();

        robot.clickOn(canvas.localToScreen(frameX, TimelinePainter.RULER + 20));

        assertThat(view.model().selectedItemIdProperty().get()).isEqualTo("VX-2");
        @SuppressWarnings("unchecked")
        ListView<TimelineLayout.Ref> list =
                robot.lookup("#timelineSegments").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(canvas.getAccessibleText()).contains("Source item: VX-2");
    }

    @Test
    void keyboardWalksSegmentsAndZooms(FxRobot robot) {
        robot.interact(() -> view.model().setSequence(SampleSequences.large(10_000)));
        double fitted = view.model().pixelsPerFrameProperty().get();
        robot.clickOn(view.canvas().localToScreen(5, 5));

        robot.type(KeyCode.HOME, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DOWN);
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.model().selectedProperty().get().lane()).isEqualTo(1);
        assertThat(view.model().pixelsPerFrameProperty().get()).isGreaterThan(fitted);
        assertThat(view.model().segmentCount()).isEqualTo(10_000);
        Shots.save(view, "timeline-large");
    }
}

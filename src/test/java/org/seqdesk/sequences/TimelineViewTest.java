package org.seqdesk.sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        double frameX =
                view.canvas().painter().labels() + 75 * view.model().pixelsPerFrameProperty().get();

        robot.clickOn(canvas.localToScreen(frameX, view.canvas().painter().ruler() + 20));

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

    @Test
    void anEmptyTimelineSaysSoOnceInTheCentreOfThePicture(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#timelineSummary").queryAs(Label.class).isVisible()).isFalse();
        for (javafx.scene.Node n :
                robot.lookup((javafx.scene.Node x) -> x instanceof javafx.scene.control.Labeled)
                        .queryAll()) {
            javafx.scene.control.Labeled l = (javafx.scene.control.Labeled) n;
            assertThat(l.isVisible() ? l.getText() : null)
                    .as("a label beside the picture")
                    .isNotEqualTo("No sequence open.");
        }
        assertThat(robot.lookup(".placeholder .label").queryAll())
                .allMatch(n -> ((Label) n).getText().isEmpty());
    }

    @Test
    void largerTextSizeGrowsTheWordsRulerAndLanesOfThePicture(FxRobot robot) {
        robot.interact(() -> view.model().setSequence(SampleSequences.marked()));
        TimelinePainter painter = view.canvas().painter();
        TimelineLayout.TimelineLane video = view.model().layout().lanes().get(0);
        double lane = painter.laneHeight(video);
        double font = painter.font().getSize();
        double ruler = painter.ruler();

        robot.interact(
                () -> {
                    view.getScene()
                            .getStylesheets()
                            .addAll(
                                    sheet("/atlantafx/base/theme/primer-light.css"),
                                    sheet("/org/seqdesk/app/seqdesk.css"));
                    view.getStyleClass().add("text-size-150");
                    view.applyCss();
                });

        assertThat(painter.laneHeight(video))
                .isGreaterThan(lane)
                .isCloseTo(TimelinePainter.VIDEO_LANE * 1.5, within(0.5));
        assertThat(painter.font().getSize())
                .isGreaterThan(font)
                .isCloseTo(TimelinePainter.FONT * 1.5, within(0.5));
        assertThat(painter.ruler()).isGreaterThan(ruler);
        assertThat(view.model().viewportWidthProperty().get())
                .isCloseTo(view.canvas().getWidth() - painter.labels(), within(1.0));
        Shots.save(view, "timeline-text-150");
    }

    private String sheet(String resource) {
        return getClass().getResource(resource).toExternalForm();
    }
}

package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.jobs.JobRow;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.store.ItemRow;
import org.seqdesk.sandbox.store.MetadataStore;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;
import org.seqdesk.timeline.VidispineFormat;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sequence and job actions fire from their shortcuts in the app connected to a sandbox: open,
 * export, render, delete (which asks first), next and previous item, abort (which asks why) and
 * re-run.
 */
class MainActionShortcutsTest {
    @TempDir static Path home;
    private static AppTour tour;
    private final FxRobot robot = tour == null ? new FxRobot() : tour.robot;

    @BeforeAll
    static void start() throws Exception {
        tour = AppTour.start(home);
    }

    @AfterAll
    static void stop() {
        tour.close();
    }

    @BeforeEach
    void focusTheMainWindow() {
        robot.interact(() -> tour.stage.requestFocus());
        robot.interact(() -> robot.lookup("#sequenceList").query().requestFocus());
    }

    @AfterEach
    void tidy() {
        tour.tidy();
    }

    private void shortcut(KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlOOpensTheSelectedSequence() throws Exception {
        robot.interact(() -> tour.screens.sequences().timeline().setSequence(null));

        shortcut(KeyCode.SHORTCUT, KeyCode.O);
        AppTour.await(() -> tour.screens.sequences().timeline().segmentCount() > 0);
    }

    @Test
    void ctrlEOpensTheExportWindow() throws Exception {
        shortcut(KeyCode.SHORTCUT, KeyCode.E);

        Window export = AppTour.window(AppTour.has("#exportButton"));
        assertThat(export.isShowing()).isTrue();
    }

    @Test
    void ctrlROpensTheRenderDialogAndCtrlShiftRRunsAFinishedJobAgain() throws Exception {
        shortcut(KeyCode.SHORTCUT, KeyCode.R);
        Window render = AppTour.window(AppTour.has("#renderDialog"));
        AppTour.await(() -> render.getScene().lookup("#renderTag-lowres") != null);
        robot.interact(
                () ->
                        ((javafx.scene.control.CheckBox)
                                        render.getScene().lookup("#renderTag-lowres"))
                                .fire());
        robot.interact(
                () ->
                        ((javafx.scene.control.Button) render.getScene().lookup("#renderButton"))
                                .fire());
        TableView<?> jobs = robot.lookup("#jobsTable").queryAs(TableView.class);
        AppTour.await(() -> !jobs.getItems().isEmpty());
        robot.interact(() -> jobs.getSelectionModel().select(0));
        AppTour.await(() -> !robot.lookup("#jobsRerun").query().isDisabled());
        int before = jobs.getItems().size();
        focusTheMainWindow();

        shortcut(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.R);
        AppTour.await(() -> jobs.getItems().size() > before);
    }

    @Test
    void ctrlDeleteAsksBeforeDeletingTheSequence() throws Exception {
        shortcut(KeyCode.SHORTCUT, KeyCode.DELETE);

        Window ask = AppTour.window(s -> s.getRoot() instanceof DialogPane);
        assertThat(((DialogPane) ask.getScene().getRoot()).getContentText()).contains("Delete");
        robot.type(KeyCode.ESCAPE);
        AppTour.await(() -> !ask.isShowing());
        assertThat(tour.screens.sequences().entries()).isNotEmpty();
    }

    @Test
    void altDownAndAltUpWalkTheItemListFromAnyPane() throws Exception {
        robot.interact(() -> tour.screens.browser().queryProperty().set(""));
        AppTour.await(() -> tour.items().getItems().size() > 1);
        robot.interact(() -> tour.items().getSelectionModel().select(0));
        focusTheMainWindow();

        shortcut(KeyCode.ALT, KeyCode.DOWN);
        assertThat(tour.items().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        shortcut(KeyCode.ALT, KeyCode.UP);
        assertThat(tour.items().getSelectionModel().getSelectedIndex()).isEqualTo(0);
        tour.selectItem("simple cut");
    }

    @Test
    void ctrlPeriodAbortsTheSelectedWaitingJobAfterAskingWhy() throws Exception {
        tour.selectItem(waitingSequence());
        shortcut(KeyCode.SHORTCUT, KeyCode.R);
        Window render = AppTour.window(AppTour.has("#renderDialog"));
        AppTour.await(() -> render.getScene().lookup("#renderTag-lowres") != null);
        robot.interact(() -> ((CheckBox) render.getScene().lookup("#renderTag-lowres")).fire());
        robot.interact(() -> ((Button) render.getScene().lookup("#renderButton")).fire());
        TableView<?> jobs = robot.lookup("#jobsTable").queryAs(TableView.class);
        AppTour.await(() -> waiting(jobs) != null);
        JobRow row = waiting(jobs);
        robot.interact(() -> jobs.getSelectionModel().select(jobs.getItems().indexOf(row)));
        AppTour.await(() -> !robot.lookup("#jobsAbort").query().isDisabled());
        focusTheMainWindow();

        shortcut(KeyCode.SHORTCUT, KeyCode.PERIOD);
        Window ask = AppTour.window(s -> s.getRoot() instanceof DialogPane);
        DialogPane pane = (DialogPane) ask.getScene().getRoot();
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());

        AppTour.await(() -> row.stateProperty().get() == JobState.ABORTED);
        tour.selectItem("simple cut");
    }

    /** The first job of the list that waits, or null. */
    private static JobRow waiting(TableView<?> jobs) {
        return jobs.getItems().stream()
                .map(JobRow.class::cast)
                .filter(r -> r.stateProperty().get() == JobState.WAITING)
                .findFirst()
                .orElse(null);
    }

    /**
     * An item with a sequence that cuts from an item without media, so its render waits for the
     * missing shape; returns the words that find it.
     */
    private static String waitingSequence() {
        Services services = tour.sandbox().services();
        String source = services.items().create("Source without media", "admin").siteId();
        TimeBase pal = FrameRate.FPS_25.timeBase();
        Segment cut =
                Segment.cut(
                        source,
                        1,
                        TimeCode.of(0, pal),
                        TimeCode.of(25, pal),
                        TimeCode.of(0, pal),
                        TimeCode.of(25, pal));
        Sequence sequence =
                new Sequence(
                        "",
                        "Waits for media",
                        FrameRate.FPS_25,
                        null,
                        List.of(Track.of(TrackKind.VIDEO, List.of(cut))),
                        List.of(),
                        Map.of());
        String title = "Sequence waiting for media";
        services.db()
                .execute(
                        c -> {
                            ItemRow row = services.items().create(c, title, "admin");
                            services.metadata()
                                    .replace(
                                            c,
                                            row.id(),
                                            List.of(
                                                    MetadataStore.generic(
                                                            MetadataStore.TITLE, title)),
                                            "admin");
                            services.sequences()
                                    .put(
                                            c,
                                            row.id(),
                                            "vidispine",
                                            VidispineFormat.writeXml(sequence).content(),
                                            "application/xml");
                        });
        return "waiting for media";
    }
}

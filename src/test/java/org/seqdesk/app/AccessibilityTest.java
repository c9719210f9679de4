package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.sequences.SequenceListView;
import org.seqdesk.testing.AccessibleNames;
import org.seqdesk.testing.TabOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control a keyboard reaches has a name a screen reader can say, in the main window and in
 * its dialogs, and Tab walks the export and render dialogs in reading order.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {
    @TempDir static Path home;
    private static Sandbox sandbox;
    private static BackgroundExecutor executor;
    private Stage stage;
    private AppTour tour;

    @BeforeAll
    static void startSandbox() {
        sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(home.resolve("sandbox"))
                                .withDemo(SandboxConfig.DemoMode.MINIMAL)
                                .withFresh(true));
        executor = new BackgroundExecutor(2);
    }

    @AfterAll
    static void stopSandbox() {
        executor.close();
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(
                () -> tour = new AppTour(stage, home.resolve("app"), sandbox, executor, robot));
        tour.selectItem("simple cut");
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        robot.interact(
                () -> {
                    for (Window w : List.copyOf(Window.getWindows())) {
                        if (w != stage) {
                            w.hide();
                        }
                    }
                    tour.close();
                });
    }

    @Test
    void everyControlOfTheMainWindowHasAName(FxRobot robot) throws Exception {
        open(robot);
        tour.openSequence();
        TabPane tabs = robot.lookup("#sequenceTabs").queryAs(TabPane.class);

        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(AccessibleNames.unnamed(tour.window.root()))
                    .as("unnamed controls with the %s tab", tab.getText())
                    .isEmpty();
        }
    }

    @Test
    void theExportDialogNamesEveryControlAndTabsInReadingOrder(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> robot.lookup("#exportSequence").queryButton().fire());
        Window export = AppTour.window(AppTour.has("#exportButton"));
        AppTour.await(() -> !export.getScene().lookup("#exportButton").isDisabled());

        assertNamedAndInReadingOrder(robot, export.getScene(), "#presetChoice");
    }

    @Test
    void theRenderDialogNamesEveryControlAndTabsInReadingOrder(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> robot.lookup("#renderSequence").queryButton().fire());
        Window render = AppTour.window(AppTour.has("#renderDialog"));
        AppTour.await(() -> render.getScene().lookup("#renderTag-lowres") != null);

        assertNamedAndInReadingOrder(robot, render.getScene(), "#renderTags");
    }

    private static void assertNamedAndInReadingOrder(FxRobot robot, Scene scene, String first) {
        assertThat(AccessibleNames.unnamed(scene.getRoot())).as("unnamed controls").isEmpty();
        List<Node> order = TabOrder.walk(robot, scene, scene.lookup(first));
        assertThat(order.size())
                .as("controls Tab reaches")
                .isGreaterThanOrEqualTo(AccessibleNames.reachable(scene.getRoot()).size() - 1);
        assertThat(TabOrder.againstReadingOrder(order)).as("Tab against reading order").isEmpty();
    }

    @Test
    void theShortcutSheetAboutAndConfirmationsNameEveryControl(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> ShortcutSheet.dialog(tour.window.menuBar()).show());
        assertAllNamed(AppTour.window(AppTour.has("#shortcutSheet")).getScene().getRoot());

        robot.interact(() -> SeqDeskApp.aboutDialog().show());
        assertAllNamed(AppTour.window(AppTour.has("#aboutDialog")).getScene().getRoot());

        Platform.runLater(
                () ->
                        SequenceListView.dialogsFor(tour.window.root())
                                .confirm("Delete the sequence?", "It cannot be undone."));
        Window confirm =
                AppTour.window(
                        s ->
                                s.getRoot() instanceof DialogPane
                                        && "It cannot be undone."
                                                .equals(
                                                        ((DialogPane) s.getRoot())
                                                                .getContentText()));
        assertAllNamed(confirm.getScene().getRoot());
    }

    private static void assertAllNamed(Parent root) {
        assertThat(AccessibleNames.unnamed(root)).as("unnamed controls").isEmpty();
    }
}

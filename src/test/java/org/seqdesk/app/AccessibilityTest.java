package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.sequences.SequenceListView;
import org.seqdesk.testing.AccessibleNames;
import org.seqdesk.testing.Elided;
import org.seqdesk.testing.TabOrder;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control a keyboard reaches has a name a screen reader can say, in the main window and in
 * its dialogs, and Tab walks the export and render dialogs in reading order.
 */
class AccessibilityTest {
    @TempDir static Path home;
    private static AppTour tour;

    @BeforeAll
    static void start() throws Exception {
        tour = AppTour.start(home);
    }

    @AfterAll
    static void stop() {
        tour.close();
    }

    @AfterEach
    void tidy() {
        tour.tidy();
    }

    @Test
    void everyControlOfTheMainWindowHasAName() throws Exception {
        FxRobot robot = tour.robot;
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
    void theExportDialogNamesEveryControlAndTabsInReadingOrder() throws Exception {
        FxRobot robot = tour.robot;
        robot.interact(() -> robot.lookup("#exportSequence").queryButton().fire());
        Window export = AppTour.window(AppTour.has("#exportButton"));
        AppTour.await(() -> !export.getScene().lookup("#exportButton").isDisabled());

        assertNamedAndInReadingOrder(robot, export.getScene(), "#presetChoice");
    }

    @Test
    void theRenderDialogNamesEveryControlAndTabsInReadingOrder() throws Exception {
        FxRobot robot = tour.robot;
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
    void theShortcutSheetAboutAndConfirmationsNameEveryControl() throws Exception {
        FxRobot robot = tour.robot;
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

    @Test
    void atOneAndAHalfTimesTheTextNoToolbarLabelIsCut() throws Exception {
        FxRobot robot = tour.robot;
        tour.openSequence();
        robot.interact(() -> tour.themes.textSizeProperty().set(ThemeManager.TextSize.LARGER));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tour.window.root().getStyleClass()).contains("text-size-150");
        List<String> cut = new ArrayList<>();
        for (String bar : List.of(".tool-bar", ".browser-toolbar", ".timeline-toolbar")) {
            for (Node toolbar : robot.lookup(bar).queryAll()) {
                cut.addAll(Elided.labels((Parent) toolbar));
            }
        }
        assertThat(cut).as("toolbar labels cut short at 150 %").isEmpty();
        Label rate = robot.lookup("#timelineRate").queryAs(Label.class);
        assertThat(rate.getFont().getSize()).isGreaterThan(Font.getDefault().getSize() * 1.4);
    }
}

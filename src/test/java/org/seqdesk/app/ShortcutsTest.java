package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main actions fire from their keyboard shortcuts, and the shortcut sheet lists them. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {
    @TempDir Path home;
    private ExecutorService executor;
    private ThemedWindow themed;

    @Start
    void start(Stage stage) throws IOException {
        executor = Executors.newSingleThreadExecutor();
        themed = new ThemedWindow(stage, home, executor);
    }

    @AfterEach
    void stop() {
        themed.jobs.close();
        executor.shutdownNow();
    }

    private static boolean inside(Node node, String areaId) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (areaId.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private Node focusOwner() {
        return themed.window.root().getScene().getFocusOwner();
    }

    @Test
    void ctrlFPutsTheCursorInTheSearchField(FxRobot robot) {
        robot.clickOn("#timelineCanvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(focusOwner().getId()).isEqualTo("browserSearch");
    }

    @Test
    void f5SearchesAgain(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> themed.searches.get() > 0);
        int before = themed.searches.get();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> themed.searches.get() > before);
    }

    @Test
    void ctrlPlusAndMinusZoomTheTimeline(FxRobot robot) {
        double start = themed.timeline.pixelsPerFrameProperty().get();

        robot.press(KeyCode.SHORTCUT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = themed.timeline.pixelsPerFrameProperty().get();
        assertThat(zoomed).isGreaterThan(start);

        robot.press(KeyCode.SHORTCUT, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(themed.timeline.pixelsPerFrameProperty().get()).isLessThan(zoomed);
    }

    @Test
    void ctrlZeroFitsTheTimelineAsTheFitButtonDoes(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHORTCUT);
        robot.press(KeyCode.SHORTCUT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = themed.timeline.pixelsPerFrameProperty().get();

        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        double fitted = themed.timeline.pixelsPerFrameProperty().get();
        robot.interact(() -> robot.lookup("#zoomFit").queryAs(Button.class).fire());

        assertThat(fitted).isNotEqualTo(zoomed);
        assertThat(themed.timeline.pixelsPerFrameProperty().get()).isEqualTo(fitted);
    }

    @Test
    void f6WalksThroughTheSearchTheTablesAndTheTimelineAndShiftF6Back(FxRobot robot) {
        robot.clickOn("#browserSearch");

        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner().getId()).isEqualTo("browserTable");

        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inside(focusOwner(), "sequencesArea")).isTrue();

        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inside(focusOwner(), "jobsArea")).isTrue();

        robot.press(KeyCode.SHIFT, KeyCode.F6).release(KeyCode.F6, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inside(focusOwner(), "sequencesArea")).isTrue();
    }

    @Test
    void buttonTooltipsShowTheirShortcutAndPanesHaveAccessibleNames(FxRobot robot) {
        Button zoomIn = robot.lookup("#zoomIn").queryAs(Button.class);
        assertThat(zoomIn.getTooltip().getText()).endsWith("(Ctrl+=)");
        Button refresh = robot.lookup("#browserRefresh").queryAs(Button.class);
        assertThat(refresh.getTooltip().getText()).endsWith("(F5)");

        Node jobs = robot.lookup("#jobsArea").query();
        assertThat(jobs.getAccessibleText()).isEqualTo("Jobs");
        assertThat(jobs.getAccessibleHelp()).contains("F6");
    }

    @Test
    void f1OpensTheShortcutSheetWhichFiltersAsOneTypes(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#shortcutTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSizeGreaterThan(10);

        robot.clickOn("#shortcutFilter").write("zoom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems())
                .extracting(r -> ((ShortcutSheet.Row) r).action())
                .containsExactly("Zoom in", "Zoom out", "Zoom to fit");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void englishMenusWriteCtrlAndDigitsAsOnTheKeys(FxRobot robot) {
        robot.interact(() -> themed.window.menu("viewMenu").show());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown =
                robot.lookup(".accelerator-text").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .collect(Collectors.toList());
        robot.interact(() -> themed.window.menu("viewMenu").hide());

        assertThat(shown).contains("Ctrl+F", "Ctrl+0", "Alt+Down", "Shift+F6");
        assertThat(shown).noneMatch(t -> t.contains("DIGIT"));
        assertThat(menuItem("openSequenceItem").getAccelerator().getDisplayText())
                .isEqualTo("Ctrl+O");
    }

    private MenuItem menuItem(String id) {
        for (Menu menu : themed.window.menuBar().getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    @Test
    void everyMainActionIsAMenuItemWithIconAndShortcutListedInTheSheet() {
        List<ShortcutSheet.Row> rows = ShortcutSheet.rows(themed.window.menuBar());
        for (String id :
                List.of(
                        "openSequenceItem",
                        "exportItem",
                        "renderItem",
                        "deleteItem",
                        "abortJobItem",
                        "rerunJobItem",
                        "findItem",
                        "refreshItem",
                        "nextItem",
                        "previousItem",
                        "zoomInItem",
                        "zoomOutItem",
                        "zoomFitItem",
                        "nextPaneItem",
                        "previousPaneItem",
                        "shortcutsItem")) {
            MenuItem item = menuItem(id);
            assertThat(item.getAccelerator()).as(id).isNotNull();
            assertThat(item.getGraphic()).as(id + " icon").isNotNull();
            assertThat(item.getText()).as(id + " mnemonic").contains("_");
            assertThat(rows)
                    .as(id + " in the shortcut sheet")
                    .contains(
                            new ShortcutSheet.Row(
                                    item.getText().replace("_", ""),
                                    item.getAccelerator().getDisplayText()));
        }
    }

    @Test
    void altDownAndAltUpChooseTheNextAndPreviousItem(FxRobot robot) throws TimeoutException {
        TableView<?> items = robot.lookup("#browserTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> items.getItems().size() == 3);
        robot.clickOn("#timelineCanvas");

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items.getSelectionModel().getSelectedIndex()).isZero();
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items.getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }
}

package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app connected to a sandbox works from the keyboard alone: the focus shows in every theme, F6
 * walks the panes, a sequence opens from the search field without the mouse, and the menus open
 * with Alt and their letter.
 */
class KeyboardOnlyTest {
    private static final Map<ThemeManager.Choice, Color> RINGS =
            Map.of(
                    ThemeManager.Choice.LIGHT, Color.web("#0550ae"),
                    ThemeManager.Choice.DARK, Color.web("#79c0ff"),
                    ThemeManager.Choice.HIGH_CONTRAST, Color.web("#00ffff"));

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
        robot.type(KeyCode.ESCAPE);
    }

    private void keys(KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner() {
        return tour.stage.getScene().getFocusOwner();
    }

    private String focusId() {
        return focusOwner() == null ? null : focusOwner().getId();
    }

    /** The focus ring's colour on {@code node}: its shadow's or its border's, or null. */
    private static Color ring(Node node) {
        if (node.getEffect() instanceof DropShadow) {
            return ((DropShadow) node.getEffect()).getColor();
        }
        Region region = (Region) node;
        if (region.getBorder() == null || region.getBorder().getStrokes().isEmpty()) {
            return null;
        }
        return (Color) region.getBorder().getStrokes().get(0).getTopStroke();
    }

    @Test
    void theFocusedControlShowsARingInEveryTheme() {
        List<String> ids =
                List.of(
                        "browserSearch",
                        "browserRefresh",
                        "browserTable",
                        "sequenceList",
                        "timelineCanvas",
                        "jobsTable");
        for (Map.Entry<ThemeManager.Choice, Color> theme : RINGS.entrySet()) {
            robot.interact(() -> tour.themes.choiceProperty().set(theme.getKey()));
            for (String id : ids) {
                Node node = robot.lookup("#" + id).query();
                robot.interact(() -> robot.lookup("#menuBar").query().requestFocus());
                robot.interact(() -> tour.stage.getScene().getRoot().requestFocus());
                Color before = ring(node);

                robot.interact(node::requestFocus);
                robot.interact(node::applyCss);

                assertThat(node.isFocused()).as(id).isTrue();
                assertThat(ring(node)).as(id + " in " + theme.getKey()).isEqualTo(theme.getValue());
                assertThat(before).as(id + " unfocused").isNotEqualTo(theme.getValue());
            }
        }
    }

    @Test
    void f6WalksSearchItemsSequencesTimelineAndJobsAndShiftF6GoesBack() {
        robot.interact(() -> robot.lookup("#browserSearch").query().requestFocus());
        List<String> forward =
                List.of("browserTable", "sequenceList", "timelineCanvas", "jobsTable");
        for (String id : forward) {
            keys(KeyCode.F6);
            assertThat(focusId()).isEqualTo(id);
        }
        keys(KeyCode.F6);
        assertThat(focusId()).isEqualTo("browserSearch");

        keys(KeyCode.SHIFT, KeyCode.F6);
        assertThat(focusId()).isEqualTo("jobsTable");
        keys(KeyCode.SHIFT, KeyCode.F6);
        assertThat(focusId()).isEqualTo("timelineCanvas");
    }

    @Test
    void aSequenceOpensFromTheSearchFieldWithTheKeyboardAlone() throws Exception {
        robot.interact(() -> tour.screens.sequences().timeline().setSequence(null));
        ListView<?> list = robot.lookup("#sequenceList").queryAs(ListView.class);

        keys(KeyCode.SHORTCUT, KeyCode.F);
        assertThat(focusId()).isEqualTo("browserSearch");
        robot.write("simple cut");
        keys(KeyCode.ENTER);
        AppTour.await(() -> tour.items().getItems().size() == 1);
        robot.interact(() -> tour.items().getSelectionModel().clearSelection());
        keys(KeyCode.ALT, KeyCode.DOWN);
        AppTour.await(() -> !list.getItems().isEmpty());
        // Down in the search field (with or without Alt) goes on to the item table
        assertThat(focusId()).isEqualTo("browserTable");
        keys(KeyCode.F6);
        assertThat(focusId()).isEqualTo("sequenceList");
        AppTour.await(() -> list.getSelectionModel().getSelectedIndex() == 0);

        robot.interact(() -> tour.screens.sequences().timeline().setSequence(null));
        keys(KeyCode.ENTER);
        AppTour.await(() -> tour.screens.sequences().timeline().segmentCount() > 0);

        robot.interact(() -> tour.screens.sequences().timeline().setSequence(null));
        keys(KeyCode.F6);
        keys(KeyCode.SHORTCUT, KeyCode.O);
        AppTour.await(() -> tour.screens.sequences().timeline().segmentCount() > 0);
    }

    @Test
    void altVOpensTheViewMenuAndAltFTheFileMenuWhereverTheFocusIs() throws Exception {
        for (String id :
                List.of(
                        "browserSearch",
                        "browserTable",
                        "sequenceList",
                        "timelineCanvas",
                        "jobsTable")) {
            robot.interact(() -> robot.lookup("#" + id).query().requestFocus());
            keys(KeyCode.ALT, KeyCode.V);
            AppTour.await(() -> tour.window.menu("viewMenu").isShowing());
            keys(KeyCode.ESCAPE);
            AppTour.await(() -> !tour.window.menu("viewMenu").isShowing());

            robot.interact(() -> robot.lookup("#" + id).query().requestFocus());
            keys(KeyCode.ALT, KeyCode.F);
            AppTour.await(() -> tour.window.menu("fileMenu").isShowing());
            keys(KeyCode.ESCAPE);
            AppTour.await(() -> !tour.window.menu("fileMenu").isShowing());
        }
    }

    @Test
    void quitIsTheLastFileEntryAfterASeparator() {
        List<MenuItem> items = tour.window.menu("fileMenu").getItems();

        assertThat(items.get(0).getId()).isNotEqualTo("quitItem");
        assertThat(items.get(items.size() - 1).getId()).isEqualTo("quitItem");
        assertThat(items.get(items.size() - 2)).isInstanceOf(SeparatorMenuItem.class);
    }
}

package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each main screen (browser and sequences, timeline, jobs panel, export and render dialogs) in each
 * theme, as PNG files in {@code target/screenshots} to be looked at.
 */
class ScreenshotsTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

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

    private void shoot(FxRobot robot, Node node, String screen) throws IOException {
        for (ThemeManager.Choice theme :
                new ThemeManager.Choice[] {
                    ThemeManager.Choice.LIGHT,
                    ThemeManager.Choice.DARK,
                    ThemeManager.Choice.HIGH_CONTRAST
                }) {
            robot.interact(() -> tour.themes.choiceProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image =
                    WaitForAsyncUtils.waitForAsyncFx(
                            5000,
                            () -> {
                                // The scene, cut to the node: it shows the window's own
                                // background where the node is transparent.
                                WritableImage all = node.getScene().snapshot(null);
                                Bounds b = node.localToScene(node.getLayoutBounds());
                                return new WritableImage(
                                        all.getPixelReader(),
                                        (int) b.getMinX(),
                                        (int) b.getMinY(),
                                        (int) Math.min(b.getWidth(), all.getWidth() - b.getMinX()),
                                        (int)
                                                Math.min(
                                                        b.getHeight(),
                                                        all.getHeight() - b.getMinY()));
                            });
            Files.createDirectories(SHOTS);
            Path file =
                    SHOTS.resolve(
                            screen
                                    + "-"
                                    + theme.name().toLowerCase(Locale.ROOT).replace('_', '-')
                                    + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            assertThat(Files.size(file)).as(file.toString()).isGreaterThan(1000);
        }
    }

    @Test
    void eachMainScreenIsPhotographedInEachTheme() throws Exception {
        FxRobot robot = tour.robot;
        shoot(robot, tour.window.root(), "browser-sequences");

        tour.openSequence();
        robot.interact(() -> tour.screens.sequences().timeline().selectFirst());
        shoot(robot, tour.window.root(), "timeline");

        robot.interact(() -> tour.themes.textSizeProperty().set(ThemeManager.TextSize.LARGER));
        shoot(robot, tour.window.root(), "timeline-text150");
        robot.interact(() -> tour.themes.textSizeProperty().set(ThemeManager.TextSize.SYSTEM));

        Window render = openRender(robot);
        shoot(robot, render.getScene().getRoot(), "render-dialog");
        submitRender(robot, render);
        shoot(robot, robot.lookup("#jobsArea").query(), "jobs-panel");
        double stepWidth = stepColumn(robot).getWidth();
        robot.interact(() -> tour.themes.textSizeProperty().set(ThemeManager.TextSize.LARGER));
        shoot(robot, robot.lookup("#jobsArea").query(), "jobs-panel-text150");
        assertThat(stepColumn(robot).getWidth())
                .as("column width at 150 %")
                .isGreaterThan(stepWidth);
        assertShownInside("#jobsShowAll", "#jobsArea");
        assertShownInside("#jobsAbort", "#jobsArea");
        robot.interact(() -> tour.themes.textSizeProperty().set(ThemeManager.TextSize.SYSTEM));

        robot.interact(() -> robot.lookup("#exportSequence").queryButton().fire());
        Window export = AppTour.window(AppTour.has("#exportButton"));
        AppTour.await(() -> !export.getScene().lookup("#exportButton").isDisabled());
        shoot(robot, export.getScene().getRoot(), "export-dialog");
        robot.interact(export::hide);
    }

    private static TableColumn<?, ?> stepColumn(FxRobot robot) {
        TableView<?> jobs = robot.lookup("#jobsTable").queryAs(TableView.class);
        return jobs.getColumns().stream()
                .filter(c -> "jobsColumn-step".equals(c.getId()))
                .findFirst()
                .orElseThrow();
    }

    /** The node is in the window, visible and wholly inside the area (not in an overflow menu). */
    private static void assertShownInside(String selector, String areaSelector) {
        Node node = tour.robot.lookup(selector).query();
        Node area = tour.robot.lookup(areaSelector).query();
        Bounds b = node.localToScene(node.getLayoutBounds());
        Bounds inside = area.localToScene(area.getLayoutBounds());
        assertThat(node.getScene()).as(selector + " in the window").isNotNull();
        assertThat(node.isVisible()).as(selector + " visible").isTrue();
        assertThat(b.getWidth()).as(selector + " width").isGreaterThan(0);
        assertThat(inside.contains(b)).as(selector + " inside " + areaSelector).isTrue();
    }

    private static Window openRender(FxRobot robot) throws TimeoutException {
        robot.interact(() -> robot.lookup("#renderSequence").queryButton().fire());
        Window render = AppTour.window(AppTour.has("#renderDialog"));
        AppTour.await(() -> render.getScene().lookup("#renderTag-lowres") != null);
        return render;
    }

    private static void submitRender(FxRobot robot, Window render) throws TimeoutException {
        CheckBox lowres = (CheckBox) render.getScene().lookup("#renderTag-lowres");
        robot.interact(lowres::fire);
        robot.interact(
                () ->
                        ((javafx.scene.control.Button) render.getScene().lookup("#renderButton"))
                                .fire());
        AppTour.await(() -> !render.isShowing());
        TableView<?> jobs = robot.lookup("#jobsTable").queryAs(TableView.class);
        AppTour.await(() -> !jobs.getItems().isEmpty());
    }
}

package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.collections.ListChangeListener;
import javafx.css.CssParser;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each theme styles the main window without CSS warnings; pictures go to target/screenshots. */
@ExtendWith(ApplicationExtension.class)
class ThemesTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final List<String> problems = new CopyOnWriteArrayList<>();
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");
    private static final Handler COLLECT =
            new Handler() {
                @Override
                public void publish(LogRecord r) {
                    if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                        problems.add(r.getMessage());
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
    private static final ListChangeListener<CssParser.ParseError> PARSE_ERRORS =
            c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(e -> problems.add(e.toString()));
                }
            };

    @TempDir Path home;
    private ExecutorService executor;
    private ThemedWindow themed;

    @BeforeAll
    static void listen() {
        CSS_LOG.addHandler(COLLECT);
        CssParser.errorsProperty().addListener(PARSE_ERRORS);
    }

    @AfterAll
    static void stopListening() {
        CSS_LOG.removeHandler(COLLECT);
        CssParser.errorsProperty().removeListener(PARSE_ERRORS);
    }

    @Start
    void start(Stage stage) throws IOException {
        problems.clear();
        executor = Executors.newSingleThreadExecutor();
        themed = new ThemedWindow(stage, home, executor);
    }

    @AfterEach
    void stop() {
        themed.jobs.close();
        executor.shutdownNow();
    }

    private void show(FxRobot robot, ThemeManager.Choice choice) throws IOException {
        robot.interact(() -> themed.themes.choiceProperty().set(choice));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image =
                WaitForAsyncUtils.waitForAsyncFx(
                        5000,
                        () -> {
                            themed.window.root().applyCss();
                            themed.window.root().layout();
                            return themed.window.root().getScene().snapshot(null);
                        });
        Files.createDirectories(SHOTS);
        String name = "main-" + choice.name().toLowerCase().replace('_', '-') + ".png";
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }

    private Color serverLabelText(FxRobot robot) {
        return (Color) robot.lookup("#serverLabel").queryAs(Label.class).getTextFill();
    }

    @Test
    void everyThemeLoadsWithoutCssWarningsAndChangesTheText(FxRobot robot) throws IOException {
        show(robot, ThemeManager.Choice.LIGHT);
        assertThat(problems).as("CSS problems in the light theme").isEmpty();
        assertThat(themed.window.root().getStyleClass()).contains("theme-light");
        assertThat(serverLabelText(robot).getBrightness()).isLessThan(0.4);

        show(robot, ThemeManager.Choice.DARK);
        assertThat(problems).as("CSS problems in the dark theme").isEmpty();
        assertThat(themed.window.root().getStyleClass())
                .contains("theme-dark")
                .doesNotContain("theme-light");
        assertThat(serverLabelText(robot).getBrightness()).isGreaterThan(0.7);

        show(robot, ThemeManager.Choice.HIGH_CONTRAST);
        assertThat(problems).as("CSS problems in the high-contrast theme").isEmpty();
        assertThat(themed.window.root().getStyleClass()).contains("theme-high-contrast");
        assertThat(serverLabelText(robot)).isEqualTo(Color.WHITE);
    }

    @Test
    void theChoiceIsRememberedForTheNextStart(FxRobot robot) {
        robot.interact(() -> themed.themes.choiceProperty().set(ThemeManager.Choice.DARK));

        ThemeManager next = new ThemeManager(home.resolve("preferences.properties"), () -> false);
        assertThat(next.choiceProperty().get()).isEqualTo(ThemeManager.Choice.DARK);
        assertThat(next.look()).isEqualTo(ThemeManager.Look.DARK);
    }

    @Test
    void byDefaultTheLookFollowsTheDesktop() {
        Path file = home.resolve("none.properties");
        assertThat(new ThemeManager(file, () -> true).look()).isEqualTo(ThemeManager.Look.DARK);
        assertThat(new ThemeManager(file, () -> false).look()).isEqualTo(ThemeManager.Look.LIGHT);
    }

    @Test
    void theViewMenuSwitchesTheTheme(FxRobot robot) {
        robot.clickOn("#viewMenu").clickOn("#themeMenu").clickOn("#theme-HIGH_CONTRAST");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(themed.themes.choiceProperty().get())
                .isEqualTo(ThemeManager.Choice.HIGH_CONTRAST);
        assertThat(themed.window.root().getStyleClass()).contains("theme-high-contrast");
    }
}

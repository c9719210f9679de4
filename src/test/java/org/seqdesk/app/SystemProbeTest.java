package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.common.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window never waits for the system's colour scheme: it is asked in the background. */
@ExtendWith(ApplicationExtension.class)
class SystemProbeTest {
    @TempDir Path home;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theProbeRunsOffTheUiThreadAndADarkAnswerRestylesTheWindows(FxRobot robot)
            throws Exception {
        ThemeManager themes = new ThemeManager(home.resolve("preferences.properties"));
        robot.interact(themes::follow);
        CountDownLatch answer = new CountDownLatch(1);
        AtomicReference<Boolean> onUiThread = new AtomicReference<>();

        robot.interact(
                () ->
                        themes.probeSystem(
                                TaskRunner.forFx(background),
                                () -> {
                                    onUiThread.set(Platform.isFxApplicationThread());
                                    answer.await(5, TimeUnit.SECONDS);
                                    return true;
                                }));

        boolean darkByEnvironment =
                SystemScheme.fromEnvironment(System.getenv("GTK_THEME")).orElse(false);
        assertThat(themes.look())
                .isEqualTo(darkByEnvironment ? ThemeManager.Look.DARK : ThemeManager.Look.LIGHT);
        answer.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> themes.look() == ThemeManager.Look.DARK);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onUiThread.get()).isFalse();
        assertThat(root.getStyleClass()).contains("theme-dark").doesNotContain("theme-light");
    }
}

package org.seqdesk.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.app.MainWindow;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.testing.AccessibleNames;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The server dialogs name every control a keyboard reaches. */
@ExtendWith(ApplicationExtension.class)
class ConnectionDialogsAccessibilityTest {
    @TempDir Path dir;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow();
        stage.setScene(new Scene(window.root(), 800, 500));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(
                () -> {
                    for (Window w : List.copyOf(Window.getWindows())) {
                        if (w != stage) {
                            w.hide();
                        }
                    }
                });
        background.shutdownNow();
    }

    private static Scene shown(String selector) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> Window.getWindows().stream().anyMatch(w -> has(w, selector)));
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream()
                .filter(w -> has(w, selector))
                .findFirst()
                .orElseThrow()
                .getScene();
    }

    private static boolean has(Window w, String selector) {
        return w.isShowing() && w.getScene() != null && w.getScene().lookup(selector) != null;
    }

    @Test
    void theServersDialogAndTheProfileEditorNameEveryControl(FxRobot robot) throws Exception {
        ConnectionModule module =
                new ConnectionModule(
                        window,
                        TaskRunner.forFx(background),
                        opener -> {},
                        ProfileStore.open(dir.resolve("profiles.json"), "Demo"),
                        CompletableFuture.completedFuture(SecretStore.sessionOnly()),
                        dir);
        Platform.runLater(module::manage);
        Scene servers = shown("#profileList");
        assertThat(AccessibleNames.unnamed(servers.getRoot())).as("servers dialog").isEmpty();

        Platform.runLater(() -> robot.lookup("#addProfile").queryButton().fire());
        Scene editor = shown("#profileUrl");
        assertThat(AccessibleNames.unnamed(editor.getRoot())).as("profile editor").isEmpty();
    }

    @Test
    void theSignInPromptNamesItsField() throws Exception {
        ServerProfile profile =
                ServerProfile.create(
                        "Archive", "https://127.0.0.1:1", ServerProfile.AuthKind.BASIC, "u");
        Platform.runLater(() -> Prompts.askSecret(stage, profile, false, null));

        Scene prompt = shown("#secretField");
        assertThat(AccessibleNames.unnamed(prompt.getRoot())).isEmpty();
    }
}

package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.app.MainWindow;
import org.seqdesk.app.ServerConnection;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.sandbox.SharedSandbox;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ways out of a switch that did not end connected: a cancelled password leaves a window that says
 * what to do, a refused password is asked again at once, and deleting the profile in use moves to
 * the sandbox and closes its connection.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionRecoveryTest {
    @TempDir Path dir;
    private final ExecutorService background = Executors.newFixedThreadPool(4);
    private final List<ServerConnection> opened = new CopyOnWriteArrayList<>();
    private ConnectionModule module;
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
    void stop() {
        if (module != null) {
            WaitForAsyncUtils.waitForAsyncFx(5000, module::close);
        }
        OtherWindows.close(stage);
        background.shutdownNow();
    }

    @Test
    void cancellingThePasswordLeavesAWindowThatSaysWhatToDoAndOffersTheSandbox() throws Exception {
        ServerProfile ask = profile("ask");
        ConnectionModule m = module(CompletableFuture.completedFuture(SecretStore.sessionOnly()));
        m.profiles().put(ask);

        Platform.runLater(() -> m.switchTo(ask));
        waitUntil(() -> dialogWith("#secretField").isPresent());
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> press(dialogWith("#secretField"), "Cancel"));

        String notConnected = Messages.get("connection.notConnected");
        waitUntil(() -> notConnected.equals(label("#notConnectedText")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(notConnected, label("#serverLabel"));
        assertTrue(opened.isEmpty());
        Platform.runLater(() -> ((Button) window.root().lookup("#notConnectedManage")).fire());
        waitUntil(() -> dialogWith("#profileList").isPresent());
        ListView<?> list =
                (ListView<?>) dialogWith("#profileList").get().getScene().lookup("#profileList");
        assertEquals(ask, list.getSelectionModel().getSelectedItem(), "the server just tried");
        OtherWindows.close(stage);
        WaitForAsyncUtils.waitForAsyncFx(
                5000, () -> ((Button) window.root().lookup("#notConnectedSandbox")).fire());
        waitUntil(() -> !opened.isEmpty());
        assertTrue(m.current().builtIn());
        assertEquals("sandbox", label("#serverLabel"));
    }

    @Test
    void aRefusedPasswordIsForgottenAndAskedAgainAtOnceWithTheReason() throws Exception {
        RecordingKeyring keyring = new RecordingKeyring(100);
        keyring.entries.put("wrong:basic:admin", "not-the-password");
        ServerProfile wrong = profile("wrong");
        ConnectionModule m =
                module(
                        CompletableFuture.supplyAsync(
                                () -> SecretStore.probing(keyring), background));
        m.profiles().put(wrong);

        Platform.runLater(() -> m.switchTo(wrong));
        waitUntil(() -> dialogWith("#secretProblem").isPresent());
        Window prompt = dialogWith("#secretProblem").orElseThrow();
        String refused = Messages.get("connection.health.badCredentials", hostPort());
        assertEquals(refused, ((Label) prompt.getScene().lookup("#secretProblem")).getText());
        assertEquals(refused, label("#statusMessage"));
        waitUntil(() -> !keyring.entries.containsKey("wrong:basic:admin"));
        assertTrue(opened.isEmpty());

        WaitForAsyncUtils.waitForAsyncFx(
                5000,
                () -> {
                    ((PasswordField) prompt.getScene().lookup("#secretField")).setText("admin");
                    press(Optional.of(prompt), "OK");
                });
        waitUntil(() -> !opened.isEmpty());
        waitUntil(() -> "admin".equals(keyring.entries.get("wrong:basic:admin")));
        assertEquals(0, keyring.onUiThread.get(), "keyring calls on the UI thread");
        assertTrue(keyring.calls.contains("delete wrong:basic:admin"), keyring.calls.toString());
    }

    @Test
    void deletingTheProfileInUseSaysSoThenSwitchesToTheSandboxAndClosesItsConnection()
            throws Exception {
        SecretStore secrets = SecretStore.sessionOnly();
        secrets.put("used:basic:admin", "admin");
        ServerProfile used = profile("used");
        ConnectionModule m = module(CompletableFuture.completedFuture(secrets));
        m.profiles().put(used);
        Platform.runLater(() -> m.switchTo(used));
        waitUntil(() -> !opened.isEmpty());
        ServerConnection first = opened.get(0);

        Platform.runLater(m::manage);
        waitUntil(() -> dialogWith("#deleteProfile").isPresent());
        Platform.runLater(() -> press(dialogWith("#deleteProfile"), "#deleteProfile"));
        waitUntil(() -> dialogWith("#deleteConfirm").isPresent());
        DialogPane confirm = (DialogPane) dialogWith("#deleteConfirm").get().getScene().getRoot();
        String inUse = Messages.get("connection.delete.inUse", used.name());
        assertTrue(confirm.getContentText().contains(inUse), confirm.getContentText());
        assertEquals(1, opened.size(), "nothing changes before the user confirms");
        WaitForAsyncUtils.waitForAsyncFx(
                5000,
                () ->
                        confirm.getButtonTypes().stream()
                                .filter(b -> b != ButtonType.CANCEL)
                                .findFirst()
                                .map(b -> (Button) confirm.lookupButton(b))
                                .orElseThrow()
                                .fire());

        waitUntil(() -> opened.size() == 2);
        waitUntil(() -> first.client().httpClient().dispatcher().executorService().isShutdown());
        assertTrue(m.current().builtIn());
        assertTrue(m.profiles().find("used").isEmpty());
        assertTrue(secrets.get("used:basic:admin").isEmpty());
    }

    private ConnectionModule module(CompletableFuture<SecretStore> secrets) throws Exception {
        ProfileStore store = ProfileStore.open(dir.resolve("profiles.json"), "Demo");
        module =
                new ConnectionModule(
                        window,
                        TaskRunner.forFx(background),
                        c -> {
                            opened.add(c);
                            window.setServer(c.label());
                        },
                        store,
                        secrets,
                        dir);
        module.useSandboxOpener(
                () ->
                        ServerConnection.toServer(
                                ClientConfig.builder(SharedSandbox.get().url())
                                        .basicAuth("admin", "admin")
                                        .build(),
                                "sandbox"));
        return module;
    }

    private static ServerProfile profile(String id) {
        return new ServerProfile(
                id,
                "Name " + id,
                SharedSandbox.get().url(),
                ServerProfile.AuthKind.BASIC,
                "admin",
                null,
                false,
                "#aa3311",
                false);
    }

    private static String hostPort() {
        return SharedSandbox.get().url().replaceFirst("^https?://", "").replaceFirst("/.*$", "");
    }

    /** Fires the button with {@code idOrText} (a CSS id or a button's text) in {@code dialog}. */
    private static void press(Optional<Window> dialog, String idOrText) {
        DialogPane pane = (DialogPane) dialog.orElseThrow().getScene().getRoot();
        if (idOrText.startsWith("#")) {
            ((Button) pane.lookup(idOrText)).fire();
            return;
        }
        ButtonType type = "OK".equals(idOrText) ? ButtonType.OK : ButtonType.CANCEL;
        ((Button) pane.lookupButton(type)).fire();
    }

    private Optional<Window> dialogWith(String selector) {
        return List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != stage && w.getScene() != null && w.isShowing())
                .filter(w -> w.getScene().lookup(selector) != null)
                .findFirst();
    }

    /** The text of the window's label matching {@code selector}, read on the UI thread. */
    private String label(String selector) {
        try {
            return WaitForAsyncUtils.asyncFx(
                            () -> {
                                Label l = (Label) window.root().lookup(selector);
                                return l == null ? null : l.getText();
                            })
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}

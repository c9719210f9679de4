package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SharedSandbox;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching servers in a real main window: the keyring stays off the UI thread, the password prompt
 * stays on it, and of several quick switches the last one wins and nothing else stays open.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionSwitchingTest {
    private static final long KEYRING_DELAY_MS = 1200;

    @TempDir Path dir;
    private final ExecutorService background = Executors.newFixedThreadPool(4);
    private final ExecutorService helpers = Executors.newCachedThreadPool();
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
    void stop() throws Exception {
        if (module != null) {
            WaitForAsyncUtils.waitForAsyncFx(5000, module::close);
        }
        OtherWindows.close(stage);
        helpers.shutdownNow();
        background.shutdownNow();
    }

    @Test
    void theKeyringIsNeverCalledOnTheUiThreadWhichStaysResponsive() throws Exception {
        RecordingKeyring keyring = new RecordingKeyring(KEYRING_DELAY_MS);
        keyring.entries.put("kr:basic:admin", "admin");
        ServerProfile kr = profile("kr", SharedSandbox.get().url());
        ConnectionModule m =
                module(
                        CompletableFuture.supplyAsync(
                                () -> SecretStore.probing(keyring), background),
                        kr);

        Platform.runLater(() -> m.switchTo(kr));
        long slowestUiAnswerMs = 0;
        boolean sawConnecting = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (opened.isEmpty() && System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            String server = WaitForAsyncUtils.asyncFx(this::serverText).get(10, TimeUnit.SECONDS);
            slowestUiAnswerMs =
                    Math.max(
                            slowestUiAnswerMs,
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            sawConnecting |= Messages.get("connection.switching", "Name kr").equals(server);
            Thread.sleep(50);
        }

        assertEquals(1, opened.size());
        assertTrue(sawConnecting, "the status bar said it was connecting");
        assertTrue(
                slowestUiAnswerMs < 700,
                "the UI thread answered within " + slowestUiAnswerMs + " ms");
        assertTrue(keyring.calls.contains("get kr:basic:admin"), keyring.calls.toString());
        assertTrue(keyring.calls.contains("put seqdesk-probe"), keyring.calls.toString());
        waitUntil(() -> keyring.calls.contains("put kr:basic:admin"));
        assertEquals(0, keyring.onUiThread.get(), "keyring calls on the UI thread");
    }

    @Test
    void withoutAStoredSecretThePasswordIsAskedOnTheUiThreadAndKeptForTheSession()
            throws Exception {
        ServerProfile ask = profile("ask", SharedSandbox.get().url());
        SecretStore secrets = SecretStore.sessionOnly();
        ConnectionModule m = module(CompletableFuture.completedFuture(secrets), ask);

        Platform.runLater(() -> m.switchTo(ask));
        waitUntil(() -> OtherWindows.secretPrompt(stage).isPresent());
        WaitForAsyncUtils.waitForAsyncFx(
                5000,
                () -> {
                    Window prompt = OtherWindows.secretPrompt(stage).orElseThrow();
                    ((PasswordField) prompt.getScene().lookup("#secretField")).setText("admin");
                    DialogPane pane = (DialogPane) prompt.getScene().getRoot();
                    ((Button) pane.lookupButton(ButtonType.OK)).fire();
                });

        waitUntil(() -> !opened.isEmpty());
        assertTrue(opened.get(0).label().contains("Name ask"), opened.get(0).label());
        assertEquals(Optional.of("admin"), secrets.get("ask:basic:admin"));
    }

    @Test
    void aSecondSwitchDuringASlowHealthCheckClosesTheFirstAndTheSecondWins() throws Exception {
        try (SilentServer silent = new SilentServer(helpers)) {
            ServerProfile slow = profile("slow", silent.url());
            ServerProfile fast = profile("fast", SharedSandbox.get().url());
            ConnectionModule m = module(withSecrets("slow", "fast"), slow, fast);

            Platform.runLater(() -> m.switchTo(slow));
            assertTrue(silent.requested.await(20, TimeUnit.SECONDS), "the slow check began");
            Platform.runLater(() -> m.switchTo(fast));

            waitUntil(() -> !opened.isEmpty());
            assertTrue(
                    silent.hungUp.await(5, TimeUnit.SECONDS),
                    "the slow health check's connection was closed");
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, opened.size());
            assertEndsOn(m, "fast");
            assertEquals(List.of(), dialogsOf(stage), "no error shown");
        }
    }

    @Test
    void aConnectionThatOpensAfterALaterChoiceIsClosedAndTheLaterChoiceStays() throws Exception {
        Sandbox sandbox = SharedSandbox.get();
        ServerProfile fast = profile("fast", sandbox.url());
        ConnectionModule m = module(withSecrets("fast"), fast);
        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<ServerConnection> late = new AtomicReference<>();
        m.useSandboxOpener(
                () -> {
                    opening.countDown();
                    release.await(20, TimeUnit.SECONDS);
                    ClientConfig config =
                            ClientConfig.builder(sandbox.url()).basicAuth("admin", "admin").build();
                    late.set(ServerConnection.toServer(config, "late"));
                    return late.get();
                });
        ServerProfile demo = m.profiles().all().get(0);

        Platform.runLater(() -> m.switchTo(demo));
        assertTrue(opening.await(10, TimeUnit.SECONDS));
        Platform.runLater(() -> m.switchTo(fast));
        waitUntil(() -> !opened.isEmpty());
        release.countDown();

        waitUntil(
                () ->
                        late.get() != null
                                && late.get()
                                        .client()
                                        .httpClient()
                                        .dispatcher()
                                        .executorService()
                                        .isShutdown());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.size());
        assertFalse(opened.contains(late.get()));
        assertEndsOn(m, "fast");
    }

    @Test
    void aMalformedAddressSaysSoWithoutConnecting() throws Exception {
        ServerProfile mal = profile("mal", "vidicore.example.com:8080");
        ConnectionModule m = module(withSecrets("mal"), mal);

        Platform.runLater(() -> m.switchTo(mal));

        String expected = Messages.get("connection.health.malformedUrl", mal.url());
        waitUntil(() -> expected.equals(statusMessage()));
        assertTrue(opened.isEmpty());
        assertEquals(Messages.get("connection.notConnected"), serverText());
    }

    private void assertEndsOn(ConnectionModule m, String id) {
        assertEquals(id, m.current().id());
        assertTrue(opened.get(0).label().contains("Name " + id), opened.get(0).label());
        assertTrue(stage.getTitle().endsWith("Name " + id), stage.getTitle());
        assertEquals(opened.get(0).label(), serverText());
    }

    private ConnectionModule module(CompletableFuture<SecretStore> secrets, ServerProfile... extra)
            throws Exception {
        ProfileStore store = ProfileStore.open(dir.resolve("profiles.json"), "Demo");
        for (ServerProfile p : extra) {
            store.put(p);
        }
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
        return module;
    }

    private static CompletableFuture<SecretStore> withSecrets(String... ids) {
        SecretStore secrets = SecretStore.sessionOnly();
        for (String id : ids) {
            secrets.put(id + ":basic:admin", "admin");
        }
        return CompletableFuture.completedFuture(secrets);
    }

    private static ServerProfile profile(String id, String url) {
        return new ServerProfile(
                id,
                "Name " + id,
                url,
                ServerProfile.AuthKind.BASIC,
                "admin",
                null,
                false,
                "#aa3311",
                false);
    }

    private static List<Window> dialogsOf(Stage owner) {
        return List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && ((Stage) w).getOwner() == owner)
                .toList();
    }

    private String serverText() {
        return ((Label) window.root().lookup("#serverLabel")).getText();
    }

    private String statusMessage() {
        return ((Label) window.root().lookup("#statusMessage")).getText();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /**
     * A loopback server that reads one request and never answers; it notes when the client hangs
     * up.
     */
    private static final class SilentServer implements AutoCloseable {
        final CountDownLatch requested = new CountDownLatch(1);
        final CountDownLatch hungUp = new CountDownLatch(1);
        private final ServerSocket socket;

        SilentServer(ExecutorService threads) throws Exception {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            threads.submit(this::serveOne);
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        private Void serveOne() throws Exception {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(30_000);
                BufferedReader in =
                        new BufferedReader(
                                new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                String line = in.readLine();
                while (line != null && !line.isEmpty()) {
                    line = in.readLine();
                }
                requested.countDown();
                while (in.read() != -1) {
                    // a GET has no body: anything more would be a second request
                }
                hungUp.countDown();
            }
            return null;
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }
}

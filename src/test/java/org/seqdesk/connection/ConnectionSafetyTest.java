package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.app.MainWindow;
import org.seqdesk.app.ServerConnection;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.sandbox.SharedSandbox;
import org.slf4j.LoggerFactory;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching in a real window stays safe: a private certificate is trusted only after the user saw
 * it, and for that profile only; a secret never reaches the log.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionSafetyTest {
    @TempDir Path dir;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final List<ServerConnection> opened = new CopyOnWriteArrayList<>();
    private final SecretStore secrets = SecretStore.sessionOnly();
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
    void aPrivateCertificateIsTrustedAfterTheUserSawItsFingerprintThenTheSwitchConnects()
            throws Exception {
        try (SelfSignedServer server = new SelfSignedServer(dir)) {
            ServerProfile tls = profile("tls", server.url());
            secrets.put("tls:basic:admin", "admin");
            ConnectionModule m = module(tls);

            Platform.runLater(() -> m.switchTo(tls));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> trustQuestion().isPresent());
            String fingerprint = TrustStore.fingerprint(server.certificate());
            DialogPane question = trustQuestion().orElseThrow();
            assertTrue(question.getContentText().contains(fingerprint), question.getContentText());
            assertTrue(opened.isEmpty());
            WaitForAsyncUtils.waitForAsyncFx(
                    5000,
                    () -> {
                        ButtonType trust =
                                question.getButtonTypes().stream()
                                        .filter(b -> b != ButtonType.CANCEL)
                                        .findFirst()
                                        .orElseThrow();
                        ((Button) question.lookupButton(trust)).fire();
                    });

            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !opened.isEmpty());
            assertTrue(opened.get(0).label().contains("Name tls"), opened.get(0).label());
            List<?> trusted = TrustStore.forProfile(dir.resolve("trust"), tls).certificates();
            assertEquals(List.of(server.certificate()), trusted);
            try (var files = Files.list(dir.resolve("trust"))) {
                assertEquals(List.of(dir.resolve("trust").resolve("tls.p12")), files.toList());
            }
        }
    }

    @Test
    void neitherAWrongNorARightPasswordReachesTheLog() throws Exception {
        String wrong = "wrong-Pa55-" + System.nanoTime();
        String right = "admin";
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        root.setLevel(Level.DEBUG);
        log.start();
        root.addAppender(log);
        try {
            ServerProfile p = profile("logged", SharedSandbox.get().url());
            secrets.put("logged:basic:admin", wrong);
            ConnectionModule m = module(p);
            Platform.runLater(() -> m.switchTo(p));
            String bad = Messages.get("connection.health.badCredentials", hostPort(p));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bad.equals(statusMessage()));
            WaitForAsyncUtils.waitFor(
                    30, TimeUnit.SECONDS, () -> OtherWindows.secretPrompt(stage).isPresent());
            WaitForAsyncUtils.waitForAsyncFx(
                    5000,
                    () -> {
                        Window prompt = OtherWindows.secretPrompt(stage).orElseThrow();
                        ((PasswordField) prompt.getScene().lookup("#secretField")).setText(right);
                        DialogPane pane = (DialogPane) prompt.getScene().getRoot();
                        ((Button) pane.lookupButton(ButtonType.OK)).fire();
                    });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !opened.isEmpty());
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> secrets.get("logged:basic:admin").isPresent());
        } finally {
            root.detachAppender(log);
            root.setLevel(before);
        }
        assertFalse(log.list.isEmpty());
        for (ILoggingEvent e : log.list) {
            String line = e.getFormattedMessage() + " " + e.getThrowableProxy();
            assertFalse(line.contains(wrong), line);
            assertFalse(line.contains("YWRtaW46"), line); // "admin:" in Base64, a Basic header
        }
        assertEquals(Optional.of(right), secrets.get("logged:basic:admin"));
    }

    private static String hostPort(ServerProfile p) {
        return p.url().replaceFirst("^https?://", "").replaceFirst("/.*$", "");
    }

    private ConnectionModule module(ServerProfile... extra) throws Exception {
        ProfileStore store = ProfileStore.open(dir.resolve("profiles.json"), "Demo");
        for (ServerProfile p : extra) {
            store.put(p);
        }
        module =
                new ConnectionModule(
                        window,
                        TaskRunner.forFx(background),
                        opened::add,
                        store,
                        CompletableFuture.completedFuture(secrets),
                        dir);
        return module;
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

    private Optional<DialogPane> trustQuestion() {
        return List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != stage && w.getScene() != null)
                .map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane)
                .map(r -> (DialogPane) r)
                .filter(d -> Messages.get("connection.trust.title").equals(title(d)))
                .findFirst();
    }

    private static String title(DialogPane pane) {
        Window w = pane.getScene().getWindow();
        return w instanceof Stage ? ((Stage) w).getTitle() : null;
    }

    private String statusMessage() {
        return ((javafx.scene.control.Label) window.root().lookup("#statusMessage")).getText();
    }
}

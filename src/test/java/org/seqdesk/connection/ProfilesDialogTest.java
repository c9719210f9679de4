package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.app.MainWindow;
import org.seqdesk.common.TaskRunner;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The profiles dialog keeps secrets and trust with their profile through edit and delete. */
@ExtendWith(ApplicationExtension.class)
class ProfilesDialogTest {
    @TempDir Path dir;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final SecretStore secrets = SecretStore.sessionOnly();
    private ConnectionModule module;
    private ProfilesDialog dialog;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow window = new MainWindow();
        stage.setScene(new Scene(window.root(), 800, 500));
        stage.show();
        this.window = window;
    }

    @BeforeEach
    void open() throws Exception {
        ProfileStore store = ProfileStore.open(dir.resolve("profiles.json"), "Demo");
        store.put(
                new ServerProfile(
                        "p",
                        "Staging",
                        "https://staging.example.com",
                        ServerProfile.AuthKind.BASIC,
                        "editor",
                        null,
                        false,
                        "#aa3311",
                        false));
        secrets.put("p:basic:editor", "pw");
        module =
                new ConnectionModule(
                        window,
                        TaskRunner.forFx(background),
                        c -> {},
                        store,
                        CompletableFuture.completedFuture(secrets),
                        dir);
        WaitForAsyncUtils.waitForAsyncFx(
                5000,
                () -> {
                    dialog = new ProfilesDialog(module, stage);
                    dialog.show();
                    dialog.list.getSelectionModel().select(1);
                });
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(
                5000,
                () ->
                        List.copyOf(Window.getWindows()).stream()
                                .filter(w -> w != stage)
                                .forEach(Window::hide));
        background.shutdownNow();
    }

    @Test
    void changingTheUserTakesTheStoredPasswordAlong() throws Exception {
        Platform.runLater(() -> press(dialog.getDialogPane(), "#editProfile"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor().isPresent());
        WaitForAsyncUtils.waitForAsyncFx(
                5000,
                () -> {
                    DialogPane pane = (DialogPane) editor().orElseThrow().getScene().getRoot();
                    ((TextField) pane.lookup("#profileUser")).setText("producer");
                    ((Button) pane.lookupButton(ButtonType.OK)).fire();
                });

        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> secrets.get("p:basic:producer").isPresent());
        assertEquals(Optional.of("pw"), secrets.get("p:basic:producer"));
        assertTrue(secrets.get("p:basic:editor").isEmpty());
        assertEquals("producer", module.profiles().find("p").orElseThrow().user());
    }

    @Test
    void aNewServerNeedsANameAndAnAddressBeforeItCanBeSaved() throws Exception {
        Platform.runLater(() -> press(dialog.getDialogPane(), "#addProfile"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor().isPresent());
        DialogPane pane = (DialogPane) editor().orElseThrow().getScene().getRoot();
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        TextField name = (TextField) pane.lookup("#profileName");
        assertEquals("", name.getText());
        assertTrue(ok.isDisabled());

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> name.setText("Production"));
        assertTrue(ok.isDisabled());
        WaitForAsyncUtils.waitForAsyncFx(
                5000,
                () -> {
                    ((TextField) pane.lookup("#profileUrl")).setText("https://vc.example.com");
                    ((TextField) pane.lookup("#profileUser")).setText("editor");
                });
        assertFalse(ok.isDisabled());
        WaitForAsyncUtils.waitForAsyncFx(5000, ok::fire);

        WaitForAsyncUtils.waitForFxEvents();
        ServerProfile added = module.profiles().all().get(2);
        assertEquals("Production", added.name());
        assertEquals("https://vc.example.com", added.url());
        assertTrue(secrets.get(added.secretAccount()).isEmpty());
        assertEquals(added, dialog.list.getSelectionModel().getSelectedItem());
    }

    @Test
    void duplicatingCopiesTheProfileButNotItsPassword() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(
                5000, () -> press(dialog.getDialogPane(), "#duplicateProfile"));

        List<ServerProfile> all = module.profiles().all();
        assertEquals(3, all.size());
        ServerProfile copy = all.get(2);
        assertEquals("Staging (copy)", copy.name());
        assertEquals("https://staging.example.com", copy.url());
        assertFalse(copy.id().equals("p"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(secrets.get(copy.secretAccount()).isEmpty());
        assertEquals(3, dialog.list.getItems().size());
        assertEquals(copy, dialog.list.getSelectionModel().getSelectedItem());
    }

    @Test
    void deletingForgetsThePasswordAndTheTrustedCertificates() throws Exception {
        Path trust = dir.resolve("trust").resolve("p.p12");
        Files.createDirectories(trust.getParent());
        Files.writeString(trust, "certificates");

        Platform.runLater(() -> press(dialog.getDialogPane(), "#deleteProfile"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> confirmation().isPresent());
        DialogPane confirm = confirmation().orElseThrow();
        assertTrue(confirm.getContentText().contains("Staging"), confirm.getContentText());
        assertTrue(module.profiles().find("p").isPresent(), "kept until confirmed");
        assertTrue(((Button) confirm.lookupButton(ButtonType.CANCEL)).isDefaultButton());
        WaitForAsyncUtils.waitForAsyncFx(
                5000,
                () ->
                        ((Button)
                                        confirm.lookupButton(
                                                confirm.getButtonTypes().stream()
                                                        .filter(b -> b != ButtonType.CANCEL)
                                                        .findFirst()
                                                        .orElseThrow()))
                                .fire());

        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> secrets.get("p:basic:editor").isEmpty());
        assertTrue(module.profiles().find("p").isEmpty());
        assertFalse(Files.exists(trust));
        assertEquals(1, dialog.list.getItems().size());
        assertEquals(
                dialog.list.getItems().get(0), dialog.list.getSelectionModel().getSelectedItem());
    }

    private Optional<DialogPane> confirmation() {
        return List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().lookup("#deleteConfirm"))
                .filter(n -> n instanceof DialogPane)
                .map(n -> (DialogPane) n)
                .findFirst();
    }

    private Optional<Window> editor() {
        return List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != stage && w.getScene() != null)
                .filter(w -> w.getScene().lookup("#profileUser") != null)
                .findFirst();
    }

    private static void press(DialogPane pane, String id) {
        ((Button) pane.lookup(id)).fire();
    }
}

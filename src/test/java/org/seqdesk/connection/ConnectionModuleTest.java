package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.app.MainWindow;
import org.seqdesk.app.ServerConnection;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SharedSandbox;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Server menu and switching, in a real main window, against the sandbox on loopback. */
@ExtendWith(ApplicationExtension.class)
class ConnectionModuleTest {
    @TempDir Path dir;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicReference<ServerConnection> opened = new AtomicReference<>();
    private ConnectionModule module;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow();
        stage.setScene(new javafx.scene.Scene(window.root(), 800, 500));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        if (module != null) {
            WaitForAsyncUtils.waitForAsyncFx(5000, module::close);
        }
        OtherWindows.close(stage);
        background.shutdownNow();
    }

    private ConnectionModule module(ServerProfile... extra) throws Exception {
        ProfileStore store = ProfileStore.open(dir.resolve("profiles.json"), "Demo");
        for (ServerProfile p : extra) {
            store.put(p);
        }
        SecretStore secrets = SecretStore.sessionOnly();
        secrets.put("ro:basic:admin", "admin");
        secrets.put("bad:basic:admin", "not-the-password");
        ConnectionModule m =
                new ConnectionModule(
                        window,
                        TaskRunner.forFx(background),
                        opened::set,
                        store,
                        CompletableFuture.completedFuture(secrets),
                        dir);
        WaitForAsyncUtils.waitForAsyncFx(5000, m::rebuildMenu);
        module = m;
        return m;
    }

    private static ServerProfile profile(String id, String url, boolean readOnly) {
        return new ServerProfile(
                id,
                "Name " + id,
                url,
                ServerProfile.AuthKind.BASIC,
                "admin",
                null,
                readOnly,
                "#aa3311",
                false);
    }

    @Test
    void theServerMenuListsEveryProfileAndTheManageEntry() throws Exception {
        module(profile("ro", "http://127.0.0.1:1", true));
        List<String> texts = serverMenu().getItems().stream().map(MenuItem::getText).toList();
        assertEquals("Demo", texts.get(0));
        assertEquals("Name ro", texts.get(1));
        assertEquals(Messages.get("connection.menu.manage"), texts.get(3));
    }

    @Test
    void switchingToAReadOnlyProfileConnectsWithABlockingClientAndShowsItsColour()
            throws Exception {
        Sandbox sandbox = SharedSandbox.get();
        ConnectionModule m = module(profile("ro", sandbox.url(), true));
        ServerProfile ro = m.profiles().find("ro").orElseThrow();
        Platform.runLater(() -> m.switchTo(ro));
        waitUntil(() -> opened.get() != null);
        ServerConnection c = opened.get();
        assertTrue(c.isReadOnly());
        assertTrue(c.label().contains("Name ro"), c.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().endsWith("Name ro"), stage.getTitle());
        assertEquals(javafx.scene.paint.Color.web("#aa3311"), window.profileColour());
        assertEquals("ro", m.current().id());
    }

    @Test
    void editingTheProfileInUseReconnectsWithItsNewSettings() throws Exception {
        Sandbox sandbox = SharedSandbox.get();
        ConnectionModule m = module(profile("ro", sandbox.url(), true));
        ServerProfile ro = m.profiles().find("ro").orElseThrow();
        Platform.runLater(() -> m.switchTo(ro));
        waitUntil(() -> opened.get() != null);
        ServerConnection first = opened.get();
        assertTrue(first.isReadOnly());

        ServerProfile writable = profile("ro", sandbox.url(), false);
        m.profiles().put(writable);
        WaitForAsyncUtils.waitForAsyncFx(5000, m::reconnectIfChanged);

        waitUntil(() -> opened.get() != first);
        assertFalse(opened.get().isReadOnly());
        assertEquals(writable, m.current());
        waitUntil(() -> first.client().httpClient().dispatcher().executorService().isShutdown());
    }

    @Test
    void aWrongPasswordDoesNotSwitchAndSaysWhy() throws Exception {
        Sandbox sandbox = SharedSandbox.get();
        ConnectionModule m = module(profile("bad", sandbox.url(), false));
        ServerProfile bad = m.profiles().find("bad").orElseThrow();
        Platform.runLater(() -> m.switchTo(bad));
        String expected =
                Messages.get("connection.health.badCredentials", "127.0.0.1:" + sandbox.port());
        waitUntil(() -> expected.equals(statusMessage()));
        OtherWindows.close(stage);
        assertNull(opened.get());
        assertTrue(m.secrets().get("bad:basic:admin").isEmpty());
    }

    private String statusMessage() {
        javafx.scene.Node n = window.root().lookup("#statusMessage");
        return n == null ? null : ((javafx.scene.control.Label) n).getText();
    }

    private Menu serverMenu() {
        return ((MenuBar) window.root().getTop())
                .getMenus().stream()
                        .filter(x -> "serverMenu".equals(x.getId()))
                        .findFirst()
                        .orElseThrow();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}

package org.seqdesk.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.app.MainWindow;
import org.seqdesk.app.ServerConnection;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Server menu (one entry per profile, then "Manage servers…") and switching between servers
 * without a restart: sign-in, health check, certificate trust, then a new {@link ServerConnection}
 * handed to {@code connect}, which replaces the screens.
 */
public final class ConnectionModule {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionModule.class);
    private static final String LAST = "last.profile";

    private final MainWindow window;
    private final TaskRunner runner;
    private final Consumer<Callable<ServerConnection>> connect;
    private final ProfileStore profiles;
    private final SecretStore secrets;
    private final Path trustDir;
    private final Path stateFile;
    private final List<MenuItem> ownItems = new ArrayList<>();
    private ServerProfile current;

    ConnectionModule(
            MainWindow window,
            TaskRunner runner,
            Consumer<Callable<ServerConnection>> connect,
            ProfileStore profiles,
            SecretStore secrets,
            Path dataDir) {
        this.window = window;
        this.runner = runner;
        this.connect = connect;
        this.profiles = profiles;
        this.secrets = secrets;
        this.trustDir = dataDir.resolve("trust");
        this.stateFile = dataDir.resolve("connection.properties");
    }

    /**
     * Adds the Server menu to {@code window}. {@code connect} receives how to open the chosen
     * server (to run in the background) and must replace the screens with it.
     */
    public static ConnectionModule install(
            MainWindow window,
            ExecutorService background,
            Path dataDir,
            Consumer<Callable<ServerConnection>> connect)
            throws IOException {
        ProfileStore store =
                ProfileStore.open(
                        dataDir.resolve("profiles.json"), Messages.get("connection.sandbox.name"));
        ConnectionModule m =
                new ConnectionModule(
                        window,
                        TaskRunner.forFx(background),
                        connect,
                        store,
                        SecretStore.open(),
                        dataDir);
        m.rebuildMenu();
        return m;
    }

    /** Connects to the last used profile, or the sandbox; {@code -Dseqdesk.server} wins. */
    public void connectToLast() {
        if (ServerConnection.serverGivenOnCommandLine()) {
            connect.accept(ServerConnection::open);
            return;
        }
        String id = readState().getProperty(LAST, ServerProfile.SANDBOX_ID);
        switchTo(profiles.find(id).orElse(profiles.all().get(0)));
    }

    /** Signs in to {@code profile}, checks it, and switches the screens to it. */
    public void switchTo(ServerProfile profile) {
        if (profile.builtIn()) {
            connected(profile, ServerConnection::startSandbox);
            return;
        }
        Optional<String> secret =
                secrets.get(profile.secretAccount())
                        .or(() -> Prompts.askSecret(owner(), profile, secrets.isPersistent()));
        if (secret.isEmpty()) {
            return;
        }
        window.setServer(Messages.get("connection.switching", profile.name()));
        runner.run(
                () -> check(profile, secret.get()),
                checked -> afterCheck(profile, secret.get(), checked),
                e -> Prompts.error(owner(), e.getMessage()));
    }

    private record Checked(ClientConfig config, HealthCheck.Result result) {}

    private Checked check(ServerProfile profile, String secret) throws IOException {
        ClientConfig config;
        try {
            config = ProfileConfigs.build(profile, secret, trustDir);
        } catch (IllegalArgumentException e) {
            return new Checked(null, HealthCheck.malformed(profile.url()));
        }
        return new Checked(config, HealthCheck.run(config));
    }

    private void afterCheck(ServerProfile profile, String secret, Checked checked) {
        HealthCheck.Result r = checked.result();
        if (r.ok()) {
            secrets.put(profile.secretAccount(), secret);
            String label = Messages.get("connection.status", profile.name(), profile.url());
            if (profile.readOnly()) {
                label = Messages.get("connection.status.readOnly", label);
            }
            String shown = label;
            connected(profile, () -> ServerConnection.toServer(checked.config(), shown));
            return;
        }
        if (r.kind() == HealthCheck.Kind.BAD_CREDENTIALS) {
            secrets.delete(profile.secretAccount());
        }
        if (r.kind() == HealthCheck.Kind.UNTRUSTED_CERTIFICATE && !r.presentedChain().isEmpty()) {
            if (Prompts.confirmTrust(owner(), r.presentedChain().get(0), r.message())) {
                trust(profile, r);
                switchTo(profile);
            }
            return;
        }
        window.setMessage(r.message());
        Prompts.error(owner(), r.message());
    }

    private void trust(ServerProfile profile, HealthCheck.Result r) {
        try {
            TrustStore.forProfile(trustDir, profile).trust(r.presentedChain().get(0));
        } catch (IOException e) {
            Prompts.error(owner(), e.getMessage());
        }
    }

    private void connected(ServerProfile profile, Callable<ServerConnection> opener) {
        current = profile;
        remember(profile);
        showColour(profile);
        rebuildMenu();
        connect.accept(opener);
    }

    /** The profile in use, or null before the first connection. */
    public ServerProfile current() {
        return current;
    }

    ProfileStore profiles() {
        return profiles;
    }

    SecretStore secrets() {
        return secrets;
    }

    Path trustDir() {
        return trustDir;
    }

    /** Opens the profiles dialog. */
    public void manage() {
        new ProfilesDialog(this, owner()).showAndWait();
        rebuildMenu();
    }

    void rebuildMenu() {
        Menu menu = serverMenu();
        if (menu == null) {
            return;
        }
        menu.getItems().removeAll(ownItems);
        ownItems.clear();
        ToggleGroup group = new ToggleGroup();
        for (ServerProfile p : profiles.all()) {
            RadioMenuItem item = new RadioMenuItem(p.name());
            item.setId("profile-" + p.id());
            item.setToggleGroup(group);
            item.setSelected(current != null && current.id().equals(p.id()));
            item.setOnAction(e -> switchTo(p));
            ownItems.add(item);
        }
        ownItems.add(new SeparatorMenuItem());
        MenuItem manage = new MenuItem(Messages.get("connection.menu.manage"));
        manage.setId("manageServersItem");
        Icons.on(manage, AppIcon.SERVER);
        manage.setOnAction(e -> manage());
        ownItems.add(manage);
        menu.getItems().addAll(0, ownItems);
    }

    private Menu serverMenu() {
        Node top = window.root().getTop();
        if (!(top instanceof MenuBar)) {
            return null;
        }
        return ((MenuBar) top)
                .getMenus().stream()
                        .filter(m -> "serverMenu".equals(m.getId()))
                        .findFirst()
                        .orElse(null);
    }

    private void showColour(ServerProfile profile) {
        window.showProfileColour(Color.web(profile.colour()));
        Window w = owner();
        if (w instanceof Stage) {
            ((Stage) w).setTitle(Messages.get("app.title") + " \u2014 " + profile.name());
        }
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }

    private Properties readState() {
        Properties p = new Properties();
        if (Files.exists(stateFile)) {
            try (InputStream in = Files.newInputStream(stateFile)) {
                p.load(in);
            } catch (IOException e) {
                LOG.debug("Cannot read {}", stateFile, e);
            }
        }
        return p;
    }

    private void remember(ServerProfile profile) {
        Properties p = readState();
        p.setProperty(LAST, profile.id());
        try {
            Files.createDirectories(stateFile.getParent());
            try (OutputStream out = Files.newOutputStream(stateFile)) {
                p.store(out, "SeqDesk connection");
            }
        } catch (IOException e) {
            LOG.debug("Cannot write {}", stateFile, e);
        }
    }
}

package org.seqdesk.connection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.app.MainWindow;
import org.seqdesk.app.ServerConnection;
import org.seqdesk.common.ErrorText;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Server menu (one entry per profile, then "Manage servers…") and switching between servers
 * without a restart: sign-in, health check, certificate trust, then a new {@link ServerConnection}
 * handed to {@code connect}, which replaces the screens.
 *
 * <p>The keyring is probed and read in the background; only the dialogs (password, certificate,
 * errors) run on the UI thread. A switch made while another is under way supersedes it: see {@code
 * ServerSwitcher}.
 *
 * <p>A switch ends in one of three states: connected (the screens show the new server and the one
 * before is closed); given up (the user cancelled the password or certificate question, or chose
 * another server meanwhile; the connection in use stays); failed (one message says why, in a dialog
 * and the status bar; the connection in use stays).
 */
public final class ConnectionModule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionModule.class);

    private final MainWindow window;
    private final TaskRunner runner;
    private final Consumer<ServerConnection> connect;
    private final ProfileStore profiles;
    private final SecretKeeper secrets;
    private final ServerSwitcher switcher;
    private final Path trustDir;
    private final LastProfile last;
    private final ServerMenu menu;
    private Callable<ServerConnection> sandboxOpener = ServerConnection::startSandbox;
    private ServerProfile current;
    private ServerProfile chosen;
    private int switches;
    private boolean dropActiveOnFailure;

    ConnectionModule(
            MainWindow window,
            TaskRunner runner,
            Consumer<ServerConnection> connect,
            ProfileStore profiles,
            CompletableFuture<SecretStore> secrets,
            Path dataDir) {
        this.window = window;
        this.runner = runner;
        this.connect = connect;
        this.profiles = profiles;
        this.secrets = new SecretKeeper(secrets, runner);
        this.switcher = new ServerSwitcher(runner);
        this.menu = new ServerMenu(window);
        this.trustDir = dataDir.resolve("trust");
        this.last = new LastProfile(dataDir.resolve("connection.properties"));
    }

    /**
     * Adds the Server menu to {@code window} and starts probing the keyring in the background.
     * {@code connect} receives each new connection on the UI thread and must replace the screens
     * with it; the module closes the connection it replaces.
     */
    public static ConnectionModule install(
            MainWindow window,
            ExecutorService background,
            Path dataDir,
            Consumer<ServerConnection> connect)
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
                        CompletableFuture.supplyAsync(SecretStore::open, background),
                        dataDir);
        m.rebuildMenu();
        return m;
    }

    /** Connects to the last used profile, or the sandbox; {@code -Dseqdesk.server} wins. */
    public void connectToLast() {
        if (ServerConnection.serverGivenOnCommandLine()) {
            window.setServer(Messages.get("status.connecting"));
            open(switcher.begin(), null, ServerConnection::open);
            return;
        }
        String id = last.id(ServerProfile.SANDBOX_ID);
        switchTo(profiles.find(id).orElse(profiles.all().get(0)));
    }

    /**
     * Signs in to {@code profile}, checks it, and switches the screens to it. UI thread; a switch
     * still under way is given up.
     */
    public void switchTo(ServerProfile profile) {
        switches++;
        chosen = profile;
        dropActiveOnFailure = false;
        ServerSwitcher.Attempt attempt = switcher.begin();
        window.setServer(Messages.get("connection.switching", profile.name()));
        if (profile.builtIn()) {
            open(attempt, profile, sandboxOpener);
            return;
        }
        runner.run(
                () -> lookUp(profile),
                found -> signIn(attempt, profile, found),
                e -> failed(attempt, e));
    }

    /** A profile's stored secret, if any, and whether secrets outlive the session. */
    private record Found(Optional<String> secret, boolean persistent) {}

    private Found lookUp(ServerProfile profile) throws Exception {
        SecretStore store = secrets.store();
        return new Found(store.get(profile.secretAccount()), store.isPersistent());
    }

    private void signIn(ServerSwitcher.Attempt attempt, ServerProfile profile, Found found) {
        if (attempt.superseded()) {
            return;
        }
        Optional<String> secret =
                found.secret()
                        .or(() -> Prompts.askSecret(owner(), profile, found.persistent(), null));
        if (attempt.superseded()) {
            return;
        }
        if (secret.isEmpty()) {
            givenUp();
            return;
        }
        startCheck(attempt, profile, secret.get());
    }

    private void startCheck(ServerSwitcher.Attempt attempt, ServerProfile profile, String secret) {
        TaskRunner.Handle check =
                runner.run(
                        () -> check(attempt, profile, secret),
                        checked -> afterCheck(attempt, profile, secret, checked),
                        e -> failed(attempt, e));
        attempt.onSupersede(check::cancel);
    }

    /**
     * The server refused the secret: it is forgotten (keyring and session), and the user is asked
     * for it again at once, with the server's answer above the field.
     */
    private void askAgain(ServerSwitcher.Attempt attempt, ServerProfile profile, String why) {
        secrets.forget(profile.secretAccount());
        window.setMessage(why);
        Optional<String> secret = Prompts.askSecret(owner(), profile, secrets.persistent(), why);
        if (attempt.superseded()) {
            return;
        }
        if (secret.isEmpty()) {
            givenUp();
            return;
        }
        window.setServer(Messages.get("connection.switching", profile.name()));
        startCheck(attempt, profile, secret.get());
    }

    private record Checked(ClientConfig config, HealthCheck.Result result) {}

    private Checked check(ServerSwitcher.Attempt attempt, ServerProfile profile, String secret)
            throws IOException {
        ClientConfig config;
        try {
            config = ProfileConfigs.build(profile, secret, trustDir);
        } catch (IllegalArgumentException e) {
            return new Checked(null, HealthCheck.malformed(profile.url()));
        }
        return new Checked(config, HealthCheck.run(config, attempt::onSupersede));
    }

    private void afterCheck(
            ServerSwitcher.Attempt attempt, ServerProfile profile, String secret, Checked checked) {
        if (attempt.superseded()) {
            return;
        }
        HealthCheck.Result r = checked.result();
        if (r.ok()) {
            String label = Messages.get("connection.status", profile.name(), profile.url());
            if (profile.readOnly()) {
                label = Messages.get("connection.status.readOnly", label);
            }
            String shown = label;
            // in order after a bad secret's removal
            secrets.keep(profile.secretAccount(), secret);
            CompletableFuture<Void> kept = secrets.pending();
            open(
                    attempt,
                    profile,
                    () -> {
                        kept.join();
                        return ServerConnection.toServer(checked.config(), shown, profile.id());
                    });
            return;
        }
        if (r.kind() == HealthCheck.Kind.BAD_CREDENTIALS) {
            askAgain(attempt, profile, r.message());
            return;
        }
        window.setServer(switcher.activeLabel());
        if (r.kind() == HealthCheck.Kind.UNTRUSTED_CERTIFICATE && !r.presentedChain().isEmpty()) {
            if (Prompts.confirmTrust(owner(), r.presentedChain().get(0), r.message())
                    && !attempt.superseded()) {
                trustThenRetry(profile, r);
                return;
            }
            givenUp();
            return;
        }
        window.setMessage(r.message());
        showIfNotConnected();
        Prompts.error(owner(), r.message());
    }

    private void trustThenRetry(ServerProfile profile, HealthCheck.Result r) {
        runner.run(
                () -> {
                    TrustStore.forProfile(trustDir, profile).trust(r.presentedChain().get(0));
                    return profile;
                },
                this::switchTo,
                e -> Prompts.error(owner(), e.getMessage()));
    }

    /** Opens the connection in the background; it replaces the screens' one if still wanted. */
    private void open(
            ServerSwitcher.Attempt attempt,
            ServerProfile profile,
            Callable<ServerConnection> opener) {
        boolean sandbox = profile != null && profile.builtIn();
        // Not cancelled when superseded: the switcher closes what it opens too late.
        runner.run(
                () -> switcher.open(attempt, opener, sandbox),
                c -> {
                    if (c != null && switcher.activate(attempt, c)) {
                        if (profile != null) {
                            connected(profile);
                        }
                        connect.accept(c);
                    }
                },
                e -> failed(attempt, e));
    }

    private void failed(ServerSwitcher.Attempt attempt, Throwable e) {
        if (attempt.superseded()) {
            return;
        }
        LOG.warn("Could not connect", e);
        window.setServer(switcher.activeLabel());
        window.setMessage(ErrorText.of(e));
        showIfNotConnected();
        Prompts.error(owner(), ErrorText.of(e));
    }

    /** The user cancelled a question of the switch; the connection in use, if any, stays. */
    private void givenUp() {
        showIfNotConnected();
        window.setServer(switcher.activeLabel());
    }

    /**
     * Without an open connection, the window says so and offers the servers and the sandbox, rather
     * than staying blank. After a switch away from a deleted profile, its connection is closed.
     */
    private void showIfNotConnected() {
        if (dropActiveOnFailure) {
            dropActiveOnFailure = false;
            switcher.closeActive();
            current = null;
        }
        if (!switcher.hasActive()) {
            window.setBrowser(NotConnectedView.create(this::manage, this::switchToSandbox));
            window.setServer(switcher.activeLabel());
        }
    }

    /** Switches to the built-in sandbox profile. UI thread. */
    void switchToSandbox() {
        switchTo(profiles.find(ServerProfile.SANDBOX_ID).orElseGet(() -> profiles.all().get(0)));
    }

    /** Whether {@code profile} is the one the window is connected to. */
    boolean inUse(ServerProfile profile) {
        return current != null && current.id().equals(profile.id());
    }

    /**
     * The profile in use was deleted: switches to the sandbox, which closes its connection once the
     * sandbox is ready, or at once if the sandbox fails. UI thread.
     */
    void deletedInUse() {
        switchToSandbox();
        dropActiveOnFailure = true;
    }

    private void connected(ServerProfile profile) {
        current = profile;
        dropActiveOnFailure = false;
        window.setMessage("");
        last.remember(profile.id());
        menu.showProfile(profile);
        rebuildMenu();
    }

    /** Gives up a switch under way and closes every connection; for when the app stops. */
    @Override
    public void close() {
        switcher.closeAll();
    }

    /** The profiles' secrets, kept in the background. */
    SecretKeeper secretKeeper() {
        return secrets;
    }

    /** Replaces how the built-in sandbox is started, for tests. */
    void useSandboxOpener(Callable<ServerConnection> opener) {
        this.sandboxOpener = opener;
    }

    /** The profile in use, or null before the first connection. */
    public ServerProfile current() {
        return current;
    }

    /** The profile in use, else the one last chosen (its switch did not connect), or null. */
    ServerProfile currentOrChosen() {
        return current != null ? current : chosen;
    }

    ProfileStore profiles() {
        return profiles;
    }

    /** The secret store; blocks until the keyring has been probed, so never on the UI thread. */
    SecretStore secrets() {
        return secrets.store();
    }

    Path trustDir() {
        return trustDir;
    }

    /** Opens the profiles dialog. */
    public void manage() {
        int before = switches;
        new ProfilesDialog(this, owner()).showAndWait();
        rebuildMenu();
        if (switches == before) {
            reconnectIfChanged();
        }
    }

    /**
     * Switches again to the profile in use when it was edited (its address, sign-in or read-only
     * flag), so the connection follows the profile. UI thread.
     */
    void reconnectIfChanged() {
        if (current == null || current.builtIn()) {
            return;
        }
        profiles.find(current.id()).filter(p -> !p.equals(current)).ifPresent(this::switchTo);
    }

    void rebuildMenu() {
        menu.rebuild(profiles.all(), current, this::switchTo, this::manage);
    }

    private Window owner() {
        return menu.owner();
    }
}

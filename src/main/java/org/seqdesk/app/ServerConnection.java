package org.seqdesk.app;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.ImportApi;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.common.Messages;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.sequences.ApiSequenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server the app talks to: a server profile's ({@link #toServer}, chosen in the Server menu),
 * the embedded sandbox started in this process on a free loopback port ({@link #startSandbox}), or
 * {@code -Dseqdesk.server=http://host:port/API} (with {@code -Dseqdesk.user}, {@code
 * -Dseqdesk.password}, default admin/admin), which wins over the profiles ({@link #open}).
 */
public final class ServerConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);

    /** The profile id of the embedded sandbox, the same on every start whatever its port. */
    public static final String SANDBOX_PROFILE = "sandbox";

    private final VidiCoreClient client;
    private final Sandbox sandbox;
    private final String label;
    private final String profileId;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ServerConnection(
            VidiCoreClient client, Sandbox sandbox, String label, String profileId) {
        this.client = client;
        this.sandbox = sandbox;
        this.label = label;
        this.profileId = profileId;
    }

    public static ServerConnection open() {
        String url = System.getProperty("seqdesk.server");
        if (url != null && !url.isBlank()) {
            String user = System.getProperty("seqdesk.user", "admin");
            String password = System.getProperty("seqdesk.password", "admin");
            LOG.info("Connecting to {} as {}", url, user);
            return new ServerConnection(
                    client(url, user, password), null, Messages.get("status.server", url), null);
        }
        return startSandbox();
    }

    /** Whether {@code -Dseqdesk.server} names the server, which then wins over profiles. */
    public static boolean serverGivenOnCommandLine() {
        String url = System.getProperty("seqdesk.server");
        return url != null && !url.isBlank();
    }

    /**
     * Starts the embedded sandbox in the data folder and connects to it. {@code
     * -Dseqdesk.sandbox.demo=NONE|MINIMAL|FULL} chooses the demo content of a new folder.
     */
    public static ServerConnection startSandbox() {
        SandboxConfig config = SandboxConfig.defaults(AppDirs.dataDir().resolve("sandbox"));
        String demo = System.getProperty("seqdesk.sandbox.demo");
        if (demo != null && !demo.isBlank()) {
            try {
                config =
                        config.withDemo(
                                SandboxConfig.DemoMode.valueOf(
                                        demo.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring unknown demo mode {}", demo);
            }
        }
        return toSandbox(Sandbox.start(config));
    }

    /**
     * A connection to a server profile's server, with the credentials, trust and read-only flag
     * {@code config} holds; {@code label} is what the status bar says.
     */
    public static ServerConnection toServer(ClientConfig config, String label) {
        return toServer(config, label, null);
    }

    /** As {@link #toServer(ClientConfig, String)}, for the server profile {@code profileId}. */
    public static ServerConnection toServer(ClientConfig config, String label, String profileId) {
        LOG.info("Connecting to {}", config);
        return new ServerConnection(VidiCoreClientFactory.create(config), null, label, profileId);
    }

    /** A connection to a running sandbox, which the connection stops when closed. */
    public static ServerConnection toSandbox(Sandbox sandbox) {
        return new ServerConnection(
                VidiCoreClientFactory.create(sandboxClientConfig(sandbox)),
                sandbox,
                Messages.get("status.sandbox", sandbox.url()),
                SANDBOX_PROFILE);
    }

    /** How the app's client to {@code sandbox} is set up: its keep-alive below the idle timeout. */
    static ClientConfig sandboxClientConfig(Sandbox sandbox) {
        return ClientConfig.builder(sandbox.apiUrl())
                .basicAuth("admin", "admin")
                .keepAlive(sandbox.clientKeepAlive())
                .build();
    }

    private static VidiCoreClient client(String url, String user, String password) {
        return VidiCoreClientFactory.create(
                ClientConfig.builder(url).basicAuth(user, password).build());
    }

    public VidiCoreClient client() {
        return client;
    }

    /** The server profile's id (stable across restarts), or null for a server without one. */
    public String profileId() {
        return profileId;
    }

    /** What the status bar says about the server. */
    public String label() {
        return label;
    }

    /** Whether the client refuses every call that would change the server. */
    public boolean isReadOnly() {
        return client.isReadOnly();
    }

    public boolean isSandbox() {
        return sandbox != null;
    }

    /**
     * Makes an empty item to hold a new sequence, as a placeholder through {@code POST
     * /import/placeholder}; the embedded sandbox answers that call like a server.
     */
    public String createItem(String title) throws IOException {
        return ApiSequenceStore.placeholders(client.create(ImportApi.class)).create(title);
    }

    /** Closes the client and stops the sandbox, if any; a second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        client.close();
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}

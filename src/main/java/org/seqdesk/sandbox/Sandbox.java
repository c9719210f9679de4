package org.seqdesk.sandbox;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.seqdesk.sandbox.auth.Authenticator;
import org.seqdesk.sandbox.auth.TokenStore;
import org.seqdesk.sandbox.demo.DemoContent;
import org.seqdesk.sandbox.http.ApiServer;
import org.seqdesk.sandbox.http.RequestLog;
import org.seqdesk.sandbox.jobs.JobEngine;
import org.seqdesk.sandbox.jobs.JobStore;
import org.seqdesk.sandbox.jobs.RenderWorker;
import org.seqdesk.sandbox.notify.NotificationSender;
import org.seqdesk.sandbox.notify.NotificationStore;
import org.seqdesk.sandbox.store.Database;
import org.seqdesk.sandbox.store.ItemStore;
import org.seqdesk.sandbox.store.MetadataStore;
import org.seqdesk.sandbox.store.SequenceStore;
import org.seqdesk.sandbox.store.ShapeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running sandbox: an embedded VidiCore-compatible server on {@code /API}, its database and its
 * job engine. Start one with {@link #start(SandboxConfig)}; {@link #stop()} (or close) ends it.
 */
public final class Sandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    private final Services services;
    private final Javalin server;
    private final String host;

    private Sandbox(Services services, Javalin server, String host) {
        this.services = services;
        this.server = server;
        this.host = host;
    }

    /** Opens (or creates) the data directory and starts serving. */
    public static Sandbox start(SandboxConfig config) {
        try {
            if (config.fresh()) {
                SandboxDirs.wipe(config.dataDir());
            }
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Services services = wire(config);
        Javalin server;
        try {
            boolean firstStart =
                    services.items().count() == 0 && services.shapes().presets().isEmpty();
            if (firstStart) {
                new DemoContent(services).create(config.demo());
            }
            removePartialFiles(services);
            services.jobs().start();
            server = ApiServer.create(services).start(config.host(), config.port());
            idleTimeout(server, config.options().idleTimeout());
        } catch (RuntimeException e) {
            // A port in use or a broken data folder: release the database for the next try.
            services.jobs().close();
            services.notificationSender().close();
            services.db().close();
            throw e;
        }
        warnWhenReachable(config.host());
        Sandbox sandbox = new Sandbox(services, server, config.host());
        LOG.info("Sandbox serving {} from {}", sandbox.apiUrl(), config.dataDir());
        return sandbox;
    }

    /** Sets how long the server keeps idle connections; later connections follow it. */
    private static void idleTimeout(Javalin server, Duration timeout) {
        for (Connector c : server.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector) {
                ((AbstractConnector) c).setIdleTimeout(timeout.toMillis());
            }
        }
    }

    /** How long a client should keep idle connections to this sandbox, below its idle timeout. */
    public Duration clientKeepAlive() {
        return services.config().options().clientKeepAlive();
    }

    private static Services wire(SandboxConfig config) {
        Database db = Database.open(config.dataDir().resolve("db"));
        ItemStore items = new ItemStore(db);
        MetadataStore metadata = new MetadataStore(db, items);
        TokenStore tokens = new TokenStore(db, Clock.systemUTC());
        JobStore jobStore = new JobStore(db);
        JobEngine engine = new JobEngine(jobStore, config.maxRunningJobs());
        NotificationStore notifications = new NotificationStore(db);
        NotificationSender sender = new NotificationSender(notifications, jobStore);
        jobStore.setListener(sender);
        Services services =
                new Services(
                        config,
                        db,
                        items,
                        metadata,
                        new ShapeStore(db),
                        new SequenceStore(db, metadata),
                        jobStore,
                        engine,
                        new Authenticator(config.users(), tokens),
                        tokens,
                        config.dataDir().resolve("media"),
                        new RequestLog(),
                        notifications,
                        sender);
        engine.register(RenderWorker.TYPE, new RenderWorker(services));
        // Custom job types (POST /job) carry only their metadata and finish at once.
        engine.registerDefault(job -> job.step(1, "Custom job " + job.job().type()));
        return services;
    }

    /** Before any job runs: what a killed process was writing is incomplete. */
    private static void removePartialFiles(Services services) {
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(services.mediaDir().toAbsolutePath().normalize());
        services.shapes().storages().forEach(s -> dirs.add(s.path()));
        for (Path dir : dirs) {
            PartialFiles.removeUnder(dir);
        }
    }

    private static void warnWhenReachable(String host) {
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                LOG.warn(
                        "The sandbox listens on {}, reachable from other machines; its demo"
                                + " credentials are not a protection",
                        host);
            }
        } catch (IOException e) {
            LOG.warn("Cannot resolve the sandbox address {}: {}", host, e.getMessage());
        }
    }

    /** The server root, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    /** The API base, e.g. {@code http://127.0.0.1:8080/API/}. */
    public String apiUrl() {
        return url() + "/API/";
    }

    public int port() {
        return server.port();
    }

    public Path dataDir() {
        return services.config().dataDir();
    }

    /** The last requests the server answered. */
    public RequestLog requests() {
        return services.requests();
    }

    /** The wired parts, for tests and tools in the same process. */
    public Services services() {
        return services;
    }

    /**
     * Stops serving, stops the job engine (running jobs are failed at the next start), closes the
     * database.
     */
    public void stop() {
        int port = port();
        server.stop();
        services.jobs().close();
        services.notificationSender().close();
        services.db().close();
        LOG.info("Sandbox on port {} stopped", port);
    }

    @Override
    public void close() {
        stop();
    }
}

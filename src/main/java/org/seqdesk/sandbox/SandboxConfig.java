package org.seqdesk.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.seqdesk.sandbox.auth.User;

/**
 * How to start a sandbox.
 *
 * @param host the address to bind; anything but a loopback address is reachable from the network
 *     and logged as a warning
 * @param port the port, 0 for any free one
 * @param dataDir where the database, media and exports live; created when missing
 * @param fresh wipe {@code dataDir} before starting
 * @param users who may log in; empty for the default {@code admin}/{@code admin} with every role
 * @param demo how much demo content to make on first start
 * @param maxRunningJobs how many jobs may run at once
 * @param options behaviour where VidiCore's is not confirmed
 */
public record SandboxConfig(
        String host,
        int port,
        Path dataDir,
        boolean fresh,
        List<User> users,
        DemoMode demo,
        int maxRunningJobs,
        SandboxOptions options) {

    /** How much demo content a new sandbox gets. */
    public enum DemoMode {
        /** Nothing: an empty server with the standard shape tags and one storage. */
        NONE,
        /** A few short items and small sequences, made in about a second; for tests. */
        MINIMAL,
        /** A dozen items with generated media and the four demo sequences. */
        FULL
    }

    public SandboxConfig {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        Objects.requireNonNull(dataDir, "dataDir");
        users = users == null ? List.of() : List.copyOf(users);
        demo = demo == null ? DemoMode.FULL : demo;
        options = options == null ? SandboxOptions.defaults() : options;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxRunningJobs < 1) {
            throw new IllegalArgumentException("maxRunningJobs must be at least 1");
        }
    }

    /** A configuration with the default {@link SandboxOptions}. */
    public SandboxConfig(
            String host,
            int port,
            Path dataDir,
            boolean fresh,
            List<User> users,
            DemoMode demo,
            int maxRunningJobs) {
        this(host, port, dataDir, fresh, users, demo, maxRunningJobs, null);
    }

    /** Loopback on a free port, full demo content, two jobs at once. */
    public static SandboxConfig defaults(Path dataDir) {
        return new SandboxConfig("127.0.0.1", 0, dataDir, false, List.of(), DemoMode.FULL, 2);
    }

    public SandboxConfig withOptions(SandboxOptions o) {
        return new SandboxConfig(host, port, dataDir, fresh, users, demo, maxRunningJobs, o);
    }

    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(
                host, newPort, dataDir, fresh, users, demo, maxRunningJobs, options);
    }

    public SandboxConfig withDemo(DemoMode mode) {
        return new SandboxConfig(host, port, dataDir, fresh, users, mode, maxRunningJobs, options);
    }

    public SandboxConfig withFresh(boolean wipe) {
        return new SandboxConfig(host, port, dataDir, wipe, users, demo, maxRunningJobs, options);
    }

    public SandboxConfig withUsers(List<User> list) {
        return new SandboxConfig(host, port, dataDir, fresh, list, demo, maxRunningJobs, options);
    }

    public SandboxConfig withMaxRunningJobs(int n) {
        return new SandboxConfig(host, port, dataDir, fresh, users, demo, n, options);
    }
}

package org.seqdesk.connection;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.seqdesk.app.ServerConnection;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switching between servers, where the last choice wins whatever order the steps finish in.
 *
 * <p>Each switch is an {@link Attempt}; beginning one supersedes the one before: the steps it has
 * registered are cancelled (its health check's calls and client), and a connection it still opens
 * is closed instead of shown. The active connection is the one last handed to the screens; it is
 * closed once another takes its place.
 *
 * <p>Only one embedded sandbox may run, since it holds its database file: a sandbox is started only
 * after every other sandbox connection this switcher opened is closed.
 *
 * <p>{@link #begin} and {@link #activate} run on the UI thread, {@link #open} in the background.
 */
final class ServerSwitcher {
    private static final Logger LOG = LoggerFactory.getLogger(ServerSwitcher.class);

    private final TaskRunner runner;
    private final Object sandboxLock = new Object();
    private final Set<ServerConnection> live = ConcurrentHashMap.newKeySet();
    private final Set<ServerConnection> sandboxes = ConcurrentHashMap.newKeySet();
    private Attempt latest;
    private volatile ServerConnection active;

    ServerSwitcher(TaskRunner runner) {
        this.runner = runner;
    }

    /** One switch to a server; superseded when the next one begins. */
    static final class Attempt {
        private final List<Runnable> cancels = new CopyOnWriteArrayList<>();
        private volatile boolean superseded;

        /** Runs {@code cancel} when this attempt is superseded (now, if it already is). */
        void onSupersede(Runnable cancel) {
            cancels.add(cancel);
            if (superseded && cancels.remove(cancel)) {
                cancel.run();
            }
        }

        boolean superseded() {
            return superseded;
        }

        private void supersede() {
            superseded = true;
            for (Runnable r : cancels) {
                if (cancels.remove(r)) {
                    runQuietly(r);
                }
            }
        }
    }

    /** Starts a new switch, superseding the one before. UI thread. */
    Attempt begin() {
        if (latest != null) {
            latest.supersede();
        }
        latest = new Attempt();
        return latest;
    }

    /**
     * Opens the connection of {@code attempt} with {@code opener}; null when the attempt was
     * superseded, in which case anything it opened is already closed. Background thread.
     */
    ServerConnection open(Attempt attempt, Callable<ServerConnection> opener, boolean sandbox)
            throws Exception {
        if (!sandbox) {
            return keepIfCurrent(attempt, opener.call(), false);
        }
        synchronized (sandboxLock) {
            if (attempt.superseded()) {
                return null;
            }
            for (ServerConnection other : List.copyOf(sandboxes)) {
                close(other);
            }
            return keepIfCurrent(attempt, opener.call(), true);
        }
    }

    private ServerConnection keepIfCurrent(Attempt attempt, ServerConnection c, boolean sandbox) {
        live.add(c);
        if (sandbox) {
            sandboxes.add(c);
        }
        if (attempt.superseded()) {
            LOG.debug("Closing {}: another server was chosen meanwhile", c.label());
            close(c);
            return null;
        }
        return c;
    }

    /**
     * Makes {@code c}, just opened by {@code attempt}, the active connection and closes the one
     * before, in the background; true if so. When the attempt was superseded, {@code c} is closed
     * instead and false returned. UI thread.
     */
    boolean activate(Attempt attempt, ServerConnection c) {
        if (attempt != latest || attempt.superseded()) {
            closeInBackground(c);
            return false;
        }
        ServerConnection old = active;
        active = c;
        if (old != null && old != c) {
            closeInBackground(old);
        }
        return true;
    }

    /**
     * What the status bar says about the active connection, if it is still open; else that none is
     * and where to choose one.
     */
    String activeLabel() {
        return hasActive() ? active.label() : Messages.get("connection.notConnected");
    }

    /** Whether a connection is active and still open. */
    boolean hasActive() {
        ServerConnection c = active;
        return c != null && live.contains(c);
    }

    /** Closes the active connection in the background; none is active afterwards. UI thread. */
    void closeActive() {
        ServerConnection old = active;
        active = null;
        if (old != null) {
            closeInBackground(old);
        }
    }

    /** Supersedes the current attempt and closes every connection. */
    void closeAll() {
        if (latest != null) {
            latest.supersede();
        }
        for (ServerConnection c : List.copyOf(live)) {
            close(c);
        }
    }

    private void closeInBackground(ServerConnection c) {
        runner.run(
                () -> {
                    close(c);
                    return null;
                },
                done -> {},
                e -> LOG.warn("Closing {} failed", c.label(), e));
    }

    private void close(ServerConnection c) {
        if (sandboxes.contains(c)) {
            // under the lock, so that no other sandbox starts while this one still stops
            synchronized (sandboxLock) {
                closeNow(c);
            }
        } else {
            closeNow(c);
        }
    }

    private void closeNow(ServerConnection c) {
        if (live.remove(c)) {
            sandboxes.remove(c);
            c.close();
            LOG.debug("Closed {}", c.label());
        }
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.debug("Cancelling a superseded step failed", e);
        }
    }
}

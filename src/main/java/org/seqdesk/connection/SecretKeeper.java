package org.seqdesk.connection;

import java.util.concurrent.CompletableFuture;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The profiles' secrets, kept off the UI thread: the keyring is probed in the background, and each
 * keep, forget or move runs there too, after the ones asked for before it.
 */
final class SecretKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(SecretKeeper.class);

    private interface Step {
        void run() throws Exception;
    }

    private final CompletableFuture<SecretStore> store;
    private final TaskRunner runner;
    private CompletableFuture<Void> steps = CompletableFuture.completedFuture(null);

    SecretKeeper(CompletableFuture<SecretStore> store, TaskRunner runner) {
        this.store = store.exceptionally(SecretKeeper::sessionOnly);
        this.runner = runner;
    }

    private static SecretStore sessionOnly(Throwable e) {
        LOG.warn("Opening the keyring failed; secrets are kept for this session only", e);
        return SecretStore.sessionOnly();
    }

    /** The store; blocks until the keyring has been probed, so never on the UI thread. */
    SecretStore store() {
        return store.join();
    }

    /** Keeps a profile's secret, in the background. */
    void keep(String account, String secret) {
        inBackground(() -> store().put(account, secret));
    }

    /** Forgets a profile's secret, in the background. */
    void forget(String account) {
        inBackground(() -> store().delete(account));
    }

    /** Moves a secret to another account (the profile's user changed), in the background. */
    void move(String from, String to) {
        inBackground(
                () -> {
                    SecretStore s = store();
                    s.get(from).ifPresent(secret -> s.put(to, secret));
                    s.delete(from);
                });
    }

    /** Completes when every step asked for so far has run. */
    CompletableFuture<Void> pending() {
        return steps;
    }

    /** Whether secrets are known to outlive the session; false while the keyring is probed. */
    boolean persistent() {
        return store.isDone() && store.join().isPersistent();
    }

    /** Runs {@code step} in the background after the steps before it, in their order. */
    private void inBackground(Step step) {
        CompletableFuture<Void> before = steps;
        CompletableFuture<Void> done = new CompletableFuture<>();
        steps = done;
        runner.run(
                () -> {
                    try {
                        before.join();
                        step.run();
                    } finally {
                        done.complete(null);
                    }
                    return null;
                },
                ignored -> {},
                e -> LOG.warn("Keeping a secret failed", e));
    }
}

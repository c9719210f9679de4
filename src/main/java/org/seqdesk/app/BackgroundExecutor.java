package org.seqdesk.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pool that runs every blocking call of the app: named daemon threads, so a stuck request
 * never keeps the process alive, and an uncaught error is logged, never lost.
 */
public final class BackgroundExecutor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);

    private final ExecutorService pool;

    public BackgroundExecutor(int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory =
                r -> {
                    Thread t = new Thread(r, "seqdesk-bg-" + counter.incrementAndGet());
                    t.setDaemon(true);
                    t.setUncaughtExceptionHandler(
                            (thread, e) -> LOG.error("Uncaught error in {}", thread.getName(), e));
                    return t;
                };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    public ExecutorService executor() {
        return pool;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.seqdesk.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PollScheduler} on one named daemon thread. It only fires ticks; the requests they start
 * run on the shared background executor through the task runner.
 */
public final class ExecutorPollScheduler implements PollScheduler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorPollScheduler.class);

    private final ScheduledExecutorService timer;

    public ExecutorPollScheduler() {
        this.timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "seqdesk-job-poll");
                            t.setDaemon(true);
                            t.setUncaughtExceptionHandler(
                                    (thread, e) -> LOG.error("Uncaught error in job polling", e));
                            return t;
                        });
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> future =
                timer.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

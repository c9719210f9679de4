package org.seqdesk.jobs;

import java.time.Duration;

/** Runs a task once after a delay; the tracker's only source of time passing. */
public interface PollScheduler {

    /** Schedules {@code task}; the returned handle cancels it if it has not started. */
    Cancellable schedule(Runnable task, Duration delay);

    /** A scheduled task. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}

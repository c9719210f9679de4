package org.seqdesk.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the tracker waits before its next list request. Fast while a job runs and has changed
 * lately, a little slower while jobs run without visible change, slow when nothing runs, and
 * backing off exponentially while the server fails. Never faster than {@link #minimumGap()}, so the
 * server sees at most one list request per gap however often the user pokes.
 */
public final class PollingPolicy {
    private final Duration busy;
    private final Duration running;
    private final Duration idle;
    private final Duration longIdle;
    private final Duration maxBackoff;

    public PollingPolicy(
            Duration busy,
            Duration running,
            Duration idle,
            Duration longIdle,
            Duration maxBackoff) {
        this.busy = busy;
        this.running = running;
        this.idle = idle;
        this.longIdle = longIdle;
        this.maxBackoff = maxBackoff;
    }

    /** 1 s while jobs change, 2 s while they run quietly, 10 s idle, 30 s long idle, 60 s cap. */
    public static PollingPolicy standard() {
        return new PollingPolicy(
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60));
    }

    /** A change within this long counts as recent: polls stay at the busy rate. */
    static final Duration RECENT = Duration.ofSeconds(15);

    /** Idle this long and polls slow to the long-idle rate. */
    static final Duration LONG_IDLE_AFTER = Duration.ofMinutes(2);

    /** The smallest time between the starts of two list requests. */
    public Duration minimumGap() {
        return busy;
    }

    /**
     * The delay before the next poll.
     *
     * @param anyActive whether any tracked job is still running
     * @param failures how many polls in a row have failed
     * @param now the current time
     * @param lastChange when a tracked job last changed, or null if never
     */
    public Duration nextDelay(boolean anyActive, int failures, Instant now, Instant lastChange) {
        if (failures > 0) {
            return backoff(failures);
        }
        Duration sinceChange =
                lastChange == null ? Duration.ofDays(1) : Duration.between(lastChange, now);
        if (anyActive) {
            return sinceChange.compareTo(RECENT) <= 0 ? busy : running;
        }
        return sinceChange.compareTo(LONG_IDLE_AFTER) <= 0 ? idle : longIdle;
    }

    /** {@code running} doubled per failure after the first, capped at {@code maxBackoff}. */
    Duration backoff(int failures) {
        Duration delay = running;
        for (int i = 1; i < failures && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}

package org.seqdesk.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A scheduler driven by a {@link FakeClock}: tasks run when the test moves time past them. */
final class ManualScheduler implements PollScheduler {
    private final FakeClock clock;
    private final List<Entry> pending = new ArrayList<>();
    final List<Duration> delays = new ArrayList<>();

    ManualScheduler(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        Entry e = new Entry(clock.instant().plus(delay), task);
        pending.add(e);
        delays.add(delay);
        return () -> pending.remove(e);
    }

    /** The delay of the task due next. */
    Optional<Duration> nextDelay() {
        return pending.stream()
                .min(Comparator.comparing(Entry::due))
                .map(e -> Duration.between(clock.instant(), e.due()));
    }

    /** Moves the clock to the next due task and runs it. */
    void runNext() {
        Entry e = pending.stream().min(Comparator.comparing(Entry::due)).orElseThrow();
        pending.remove(e);
        if (e.due().isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), e.due()));
        }
        e.task().run();
    }

    private record Entry(Instant due, Runnable task) {}
}

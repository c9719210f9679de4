package org.seqdesk.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.seqdesk.api.doc.JobState;

/** Elapsed time and an estimate of the time left, from a job's start and its progress. */
public final class JobTimes {
    private static final int FULL = 10_000;

    private JobTimes() {}

    /** From start to finish, or to {@code now} while the job runs; empty before it starts. */
    public static Optional<Duration> elapsed(JobSnapshot job, Instant now) {
        // VidiCore stamps "started" when the job is created, so a queued job has no run time yet.
        if (job.started() == null || job.state() == org.seqdesk.api.doc.JobState.READY) {
            return Optional.empty();
        }
        Instant end = job.finished() != null ? job.finished() : now;
        if (job.finished() == null && job.state().isTerminal()) {
            return Optional.empty();
        }
        Duration d = Duration.between(job.started(), end);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /**
     * Time left if the rest goes as fast as the part done so far. Empty when the job is not running
     * or has no usable progress yet (under 1 %: an estimate would be noise).
     */
    public static Optional<Duration> remaining(JobSnapshot job, Instant now) {
        if (job.state() != JobState.STARTED || job.progress() < 100 || job.started() == null) {
            return Optional.empty();
        }
        long elapsedMillis = Duration.between(job.started(), now).toMillis();
        if (elapsedMillis <= 0) {
            return Optional.empty();
        }
        int done = Math.min(job.progress(), FULL);
        long leftMillis = elapsedMillis * (FULL - done) / done;
        return Optional.of(Duration.ofMillis(leftMillis));
    }

    /**
     * Progress in basis points: the server's task progress if given, else the current step over the
     * total steps; -1 if neither is known.
     */
    public static int progressOf(int taskProgress, int stepNumber, int totalSteps) {
        if (taskProgress >= 0) {
            return Math.min(taskProgress, FULL);
        }
        if (totalSteps > 0 && stepNumber > 0) {
            return (int) Math.min(FULL, (long) (stepNumber - 1) * FULL / totalSteps);
        }
        return -1;
    }
}

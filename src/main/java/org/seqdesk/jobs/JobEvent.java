package org.seqdesk.jobs;

import java.util.Optional;
import org.seqdesk.api.doc.JobState;

/**
 * A job changed state in a way a person cares about.
 *
 * @param previous what the tracker knew before, never null
 * @param current what the server says now
 */
public record JobEvent(Kind kind, JobSnapshot previous, JobSnapshot current) {

    /** The transitions the tracker reports. */
    public enum Kind {
        STARTED,
        WAITING,
        FINISHED,
        FINISHED_WITH_WARNINGS,
        FAILED,
        ABORTED
    }

    /** The event between two snapshots of the same job, if any. */
    public static Optional<Kind> between(JobSnapshot before, JobSnapshot after) {
        JobState from = before.state();
        JobState to = after.state();
        if (from == to) {
            return Optional.empty();
        }
        switch (to) {
            case STARTED:
                return from == JobState.READY ? Optional.of(Kind.STARTED) : Optional.empty();
            case WAITING:
                return Optional.of(Kind.WAITING);
            case FINISHED:
                return Optional.of(Kind.FINISHED);
            case FINISHED_WARNING:
                return Optional.of(Kind.FINISHED_WITH_WARNINGS);
            case FAILED_TOTAL:
                return Optional.of(Kind.FAILED);
            case ABORTED:
                return Optional.of(Kind.ABORTED);
            default:
                return Optional.empty();
        }
    }

    /** Whether the job reached a final state with this event. */
    public boolean isFinal() {
        return current.state().isTerminal();
    }
}

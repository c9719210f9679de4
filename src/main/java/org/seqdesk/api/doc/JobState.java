package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/**
 * A job's {@code status}. Servers spell the abort-in-progress state {@code ABORTED_PENDING} or
 * {@code ABORT_PENDING}; both read as {@link #ABORTED_PENDING}. A state this client does not know
 * reads as {@link #UNKNOWN}, which counts as running so that a tracker keeps polling.
 */
public enum JobState {
    READY,
    STARTED,
    VIDINET_JOB,
    WAITING,
    HOLD,
    ABORTED_PENDING,
    FINISHED,
    FINISHED_WARNING,
    FAILED_TOTAL,
    ABORTED,
    UNKNOWN;

    /** Reads a state leniently; null for null. */
    @JsonCreator
    public static JobState parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.equals("ABORT_PENDING")) {
            return ABORTED_PENDING;
        }
        for (JobState state : values()) {
            if (state.name().equals(s)) {
                return state;
            }
        }
        return UNKNOWN;
    }

    /** A final state: the job will not change any more. */
    public boolean isTerminal() {
        return this == FINISHED
                || this == FINISHED_WARNING
                || this == FAILED_TOTAL
                || this == ABORTED;
    }

    /** Not final yet: queued, running, waiting, held or being aborted. */
    public boolean isRunning() {
        return !isTerminal();
    }

    /** Finished, possibly with warnings. */
    public boolean isSuccess() {
        return this == FINISHED || this == FINISHED_WARNING;
    }

    /** Ended without a result: failed or aborted. */
    public boolean isFailure() {
        return this == FAILED_TOTAL || this == ABORTED;
    }
}

package org.seqdesk.jobs;

import java.util.Locale;

/** The state of a VidiCore job, with the groups a monitor needs. */
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
    /** A state this client does not know; treated as still running. */
    UNKNOWN;

    /** Parses a server state; {@code ABORT_PENDING} is an older spelling of the same state. */
    public static JobState parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        if ("ABORT_PENDING".equals(upper)) {
            return ABORTED_PENDING;
        }
        try {
            return valueOf(upper);
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    public boolean isTerminal() {
        return this == FINISHED
                || this == FINISHED_WARNING
                || this == FAILED_TOTAL
                || this == ABORTED;
    }

    public boolean isActive() {
        return !isTerminal();
    }

    public boolean isSuccess() {
        return this == FINISHED || this == FINISHED_WARNING;
    }

    /** Whether an abort request makes sense in this state. */
    public boolean isAbortable() {
        return isActive() && this != ABORTED_PENDING;
    }
}

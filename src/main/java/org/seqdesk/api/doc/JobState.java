package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The final states. */
    public static final Set<JobState> TERMINAL =
            Collections.unmodifiableSet(
                    EnumSet.of(FINISHED, FINISHED_WARNING, FAILED_TOTAL, ABORTED));

    /** The states a job monitor lists as running, as VidiCore's own admin tool groups them. */
    public static final Set<JobState> RUNNING =
            Collections.unmodifiableSet(
                    EnumSet.of(READY, STARTED, VIDINET_JOB, WAITING, ABORTED_PENDING, HOLD));

    /** The states as the CSV the {@code state} filter of {@code GET /job} takes. */
    public static String csv(Collection<JobState> states) {
        return states.stream()
                .filter(s -> s != UNKNOWN)
                .map(Enum::name)
                .sorted()
                .collect(Collectors.joining(","));
    }

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

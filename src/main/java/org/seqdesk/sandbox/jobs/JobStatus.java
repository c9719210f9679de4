package org.seqdesk.sandbox.jobs;

/** VidiCore's job states. */
public enum JobStatus {
    READY,
    STARTED,
    WAITING,
    HOLD,
    ABORTED_PENDING,
    FINISHED,
    FINISHED_WARNING,
    FAILED_TOTAL,
    ABORTED;

    public boolean isTerminal() {
        return this == FINISHED || this == FINISHED_WARNING || this == FAILED_TOTAL || this == ABORTED;
    }
}

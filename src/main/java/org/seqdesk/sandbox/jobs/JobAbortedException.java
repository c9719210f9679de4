package org.seqdesk.sandbox.jobs;

/** Thrown inside a job worker when the job was aborted. */
public final class JobAbortedException extends Exception {
    public JobAbortedException() {
        super("aborted");
    }
}

package org.seqdesk.sandbox.jobs;

/** Does the work of one job type. Runs on a job engine thread. */
@FunctionalInterface
public interface JobWorker {
    /**
     * Runs the job. Returning normally finishes it ({@code FINISHED}, or {@code FINISHED_WARNING}
     * when warnings were added); an exception fails it with its message.
     *
     * @throws JobAbortedException when {@link JobContext#checkAborted()} finds an abort
     */
    void run(JobContext job) throws Exception;
}

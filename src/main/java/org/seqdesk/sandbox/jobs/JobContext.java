package org.seqdesk.sandbox.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** What a running job may do: report steps and progress, write data, wait, and see an abort. */
public final class JobContext {
    private static final Duration WAIT_POLL = Duration.ofMillis(200);

    private final JobRow job;
    private final JobStore store;
    private final JobEngine engine;
    private final List<String> warnings = new ArrayList<>();
    private volatile boolean aborted;
    private final List<Runnable> cancelListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private int step;
    private String stepDescription = "";

    JobContext(JobRow job, JobStore store, JobEngine engine) {
        this.job = job;
        this.store = store;
        this.engine = engine;
    }

    public long id() {
        return job.id();
    }

    /** The job's parameters as JSON. */
    public String request() {
        return job.request();
    }

    public String owner() {
        return job.owner();
    }

    public JobRow job() {
        return job;
    }

    /** Starts step {@code number} (1-based) of the job's {@code totalSteps}. */
    public void step(int number, String description) throws JobAbortedException {
        checkAborted();
        if (step > 0) {
            store.putTask(
                    id(),
                    new JobTask(
                            step,
                            "FINISHED",
                            stepDescription,
                            BigDecimal.valueOf(100),
                            null,
                            Instant.now()));
        }
        step = number;
        stepDescription = description;
        store.setStep(id(), number, description, "STARTED");
        store.putTask(
                id(),
                new JobTask(number, "STARTED", description, BigDecimal.ZERO, null, Instant.now()));
    }

    /** Progress of the current step, as {@code done} of {@code total}. */
    public void progress(long done, long total) {
        BigDecimal percent =
                total <= 0
                        ? BigDecimal.ZERO
                        : BigDecimal.valueOf(Math.min(done, total) * 100L)
                                .divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN);
        store.putTask(
                id(), new JobTask(step, "STARTED", stepDescription, percent, null, Instant.now()));
        store.putData(id(), "transcodeProgress", percent.toPlainString());
    }

    public void putData(String key, String value) {
        store.putData(id(), key, value);
    }

    public void warn(String message) {
        warnings.add(message);
    }

    List<String> warnings() {
        return warnings;
    }

    String stepDescription() {
        return stepDescription;
    }

    int currentStep() {
        return step;
    }

    void abort() {
        aborted = true;
        cancel();
    }

    /** Stops the work without marking the job aborted: the engine is shutting down. */
    void cancel() {
        for (Runnable r : cancelListeners) {
            r.run();
        }
    }

    /**
     * Runs {@code listener} when the job is aborted or the engine stops, e.g. to kill a process.
     */
    public void onCancel(Runnable listener) {
        cancelListeners.add(listener);
        if (aborted) {
            listener.run();
        }
    }

    public void removeOnCancel(Runnable listener) {
        cancelListeners.remove(listener);
    }

    public boolean isAborted() {
        return aborted;
    }

    public void checkAborted() throws JobAbortedException {
        if (aborted || Thread.currentThread().isInterrupted()) {
            throw new JobAbortedException();
        }
    }

    /**
     * Waits while {@code check} finds problems: the job shows {@code WAITING} with them, then
     * {@code STARTED} again once they are gone.
     */
    public void waitWhile(Supplier<List<JobProblem>> check)
            throws JobAbortedException, InterruptedException {
        List<JobProblem> problems = check.get();
        if (problems.isEmpty()) {
            return;
        }
        engine.markWaiting(id(), problems);
        while (!problems.isEmpty()) {
            checkAborted();
            Thread.sleep(WAIT_POLL.toMillis());
            problems = check.get();
        }
        engine.markResumed(id());
    }
}

package org.seqdesk.sandbox.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs as VidiCore does: {@code READY} jobs wait in a queue ordered by priority, then age; up
 * to a configured number run at once ({@code STARTED}, maybe {@code WAITING}) and end {@code
 * FINISHED}, {@code FINISHED_WARNING} or {@code FAILED_TOTAL}. An abort goes through {@code
 * ABORTED_PENDING} to {@code ABORTED}. Jobs that were running when the process died are failed with
 * a clear message when the engine starts again.
 */
public final class JobEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobEngine.class);
    static final String INTERRUPTED_MESSAGE =
            "The sandbox stopped while this job was running; run the job again";

    private final JobStore store;
    private final Map<String, JobWorker> workers = new ConcurrentHashMap<>();
    private final int maxRunning;
    private final PriorityBlockingQueue<Queued> queue = new PriorityBlockingQueue<>();
    private final Map<Long, JobContext> running = new ConcurrentHashMap<>();
    private final AtomicLong order = new AtomicLong();
    private ExecutorService threads;
    private volatile boolean closing;
    private volatile JobWorker defaultWorker;

    private record Queued(long id, int rank, long order) implements Comparable<Queued> {
        @Override
        public int compareTo(Queued o) {
            int c = Integer.compare(rank, o.rank);
            if (c != 0) {
                return c;
            }
            c = Long.compare(id, o.id);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    public JobEngine(JobStore store, int maxRunning) {
        this.store = store;
        this.maxRunning = maxRunning;
    }

    /** Sets the worker of every type without its own, e.g. custom jobs from {@code POST /job}. */
    public void registerDefault(JobWorker worker) {
        defaultWorker = worker;
    }

    /** Sets the worker of a job type; call before {@link #start()}. */
    public void register(String type, JobWorker worker) {
        workers.put(type, worker);
    }

    /** Fails jobs the last process left running, queues the ready ones, starts the workers. */
    public void start() {
        for (long id : store.idsInState(JobState.STARTED, JobState.WAITING)) {
            store.putData(id, "errorMessage", INTERRUPTED_MESSAGE);
            store.setStatus(id, JobState.FAILED_TOTAL);
            LOG.warn("Job {} was running when the sandbox stopped; marked failed", id);
        }
        for (long id : store.idsInState(JobState.ABORTED_PENDING)) {
            store.setStatus(id, JobState.ABORTED);
        }
        for (long id : store.idsInState(JobState.READY)) {
            store.find(id).ifPresent(this::enqueue);
        }
        threads = Executors.newFixedThreadPool(maxRunning, threadFactory());
        for (int i = 0; i < maxRunning; i++) {
            threads.execute(this::workLoop);
        }
    }

    private static ThreadFactory threadFactory() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sandbox-job-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(
                    (th, e) -> LOG.error("Job thread {} died", th.getName(), e));
            return t;
        };
    }

    /** Stores a new {@code READY} job and queues it. */
    public JobRow submit(
            String type,
            JobPriority priority,
            String owner,
            int totalSteps,
            String request,
            Map<String, String> data) {
        if (!workers.containsKey(type) && defaultWorker == null) {
            throw new IllegalArgumentException("No worker for job type " + type);
        }
        JobRow job = store.create(type, priority, owner, totalSteps, request, data);
        enqueue(job);
        return job;
    }

    private void enqueue(JobRow job) {
        queue.add(new Queued(job.id(), job.priority().ordinal(), order.incrementAndGet()));
    }

    public Optional<JobRow> find(long id) {
        return store.find(id);
    }

    /** Changes the priority; a queued job moves in the queue. */
    public synchronized void changePriority(long id, JobPriority priority) {
        store.setPriority(id, priority);
        if (queue.removeIf(q -> q.id == id)) {
            queue.add(new Queued(id, priority.ordinal(), order.incrementAndGet()));
        }
    }

    /**
     * Aborts a job. A queued job is aborted at once when {@code cleanup} is false and otherwise
     * passes through {@code ABORTED_PENDING}; a running job stays {@code ABORTED_PENDING} until its
     * worker has stopped.
     */
    public synchronized void abort(long id, boolean cleanup) {
        JobRow job = store.find(id).orElseThrow();
        if (job.status().isTerminal() || job.status() == JobState.ABORTED_PENDING) {
            return;
        }
        JobContext ctx = running.get(id);
        if (ctx != null) {
            store.setStatus(id, JobState.ABORTED_PENDING);
            ctx.abort();
            return;
        }
        queue.removeIf(q -> q.id == id);
        if (cleanup) {
            store.setStatus(id, JobState.ABORTED_PENDING);
        }
        store.setStatus(id, JobState.ABORTED);
    }

    /** Submits a copy of a job, with its priority or a new one. */
    public JobRow rerun(long id, JobPriority priority, String owner) {
        JobRow old = store.find(id).orElseThrow();
        Map<String, String> data = new java.util.LinkedHashMap<>(old.data());
        data.keySet().removeAll(List.of("errorMessage", "transcodeProgress"));
        return submit(
                old.type(),
                priority == null ? old.priority() : priority,
                owner,
                old.totalSteps(),
                old.request(),
                data);
    }

    synchronized void markWaiting(long id, List<JobProblem> problems) {
        store.replaceProblems(id, problems);
        if (!running.get(id).isAborted()) {
            store.setStatus(id, JobState.WAITING);
        }
    }

    synchronized void markResumed(long id) {
        store.replaceProblems(id, List.of());
        if (!running.get(id).isAborted()) {
            store.setStatus(id, JobState.STARTED);
        }
    }

    private void workLoop() {
        while (!closing) {
            Queued next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                runOne(next.id);
            } catch (RuntimeException e) {
                LOG.error("Job {} could not be run", next.id, e);
            }
        }
    }

    private void runOne(long id) {
        JobContext ctx;
        synchronized (this) {
            Optional<JobRow> job = store.find(id);
            if (job.isEmpty() || job.get().status() != JobState.READY) {
                return;
            }
            ctx = new JobContext(job.get(), store, this);
            running.put(id, ctx);
            store.setStatus(id, JobState.STARTED);
        }
        LOG.info("Job {} ({}) started", id, ctx.job().type());
        try {
            workers.getOrDefault(ctx.job().type(), defaultWorker).run(ctx);
            finish(ctx, null);
        } catch (JobAbortedException | InterruptedException e) {
            finish(ctx, e);
        } catch (Exception e) {
            finish(ctx, e);
        } finally {
            running.remove(id);
        }
    }

    private synchronized void finish(JobContext ctx, Exception failure) {
        long id = ctx.id();
        if (closing) {
            // Left as it is: the next start marks it failed, as after a crash.
            return;
        }
        store.replaceProblems(id, List.of());
        if (ctx.isAborted()
                || failure instanceof JobAbortedException
                || failure instanceof InterruptedException) {
            store.setStatus(id, JobState.ABORTED);
            LOG.info("Job {} aborted", id);
            return;
        }
        if (failure != null) {
            String message =
                    failure.getMessage() == null ? failure.toString() : failure.getMessage();
            store.putData(id, "errorMessage", message);
            store.putTask(
                    id,
                    new JobTask(
                            Math.max(1, ctx.currentStep()),
                            "FAILED_TOTAL",
                            ctx.stepDescription(),
                            null,
                            message,
                            Instant.now()));
            store.setStatus(id, JobState.FAILED_TOTAL);
            LOG.info("Job {} failed: {}", id, message);
            return;
        }
        if (ctx.currentStep() > 0) {
            store.putTask(
                    id,
                    new JobTask(
                            ctx.currentStep(),
                            "FINISHED",
                            ctx.stepDescription(),
                            java.math.BigDecimal.valueOf(100),
                            null,
                            Instant.now()));
        }
        if (!ctx.warnings().isEmpty()) {
            store.putData(id, "warningMessage", String.join("; ", ctx.warnings()));
        }
        store.setStatus(
                id, ctx.warnings().isEmpty() ? JobState.FINISHED : JobState.FINISHED_WARNING);
        LOG.info("Job {} finished", id);
    }

    /** Stops the workers; running jobs stay as they are and are failed at the next start. */
    @Override
    public void close() {
        closing = true;
        running.values().forEach(JobContext::cancel);
        if (threads != null) {
            threads.shutdownNow();
            try {
                threads.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

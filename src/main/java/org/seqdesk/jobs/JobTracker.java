package org.seqdesk.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job tracking workflow: follows every visible job on the server until it ends, with one list
 * request per poll for all of them, and turns state changes into {@link JobEvent}s.
 *
 * <p>Each job ends in one of VidiCore's final states: {@code FINISHED}, {@code FINISHED_WARNING}
 * (succeeded), {@code FAILED_TOTAL} (failed) or {@code ABORTED} (cancelled); a job that vanishes
 * from the server keeps its last known state and is no longer polled. The tracker itself runs until
 * {@link #close()}; while the server fails it keeps its rows and retries with back-off.
 *
 * <p>Threads: ticks come from the {@link PollScheduler}; the list request and the comparison with
 * the last answer run on the background executor; only changed rows are touched, on the UI executor
 * of the {@link TaskRunner}. {@link #rows()} and the properties belong to the UI thread.
 */
public final class JobTracker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobTracker.class);
    private static final int SPARE_ROWS = 50;
    private static final int MAX_PAGE = 2000;
    private static final int ALL_JOBS_PAGE = 100;

    private final JobService service;
    private final TaskRunner runner;
    private final PollScheduler scheduler;
    private final Clock clock;
    private final PollingPolicy policy;

    private final Map<String, JobSnapshot> known = new ConcurrentHashMap<>();
    private final Set<String> mine = ConcurrentHashMap.newKeySet();
    private final Set<String> lost = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicLong listRequests = new AtomicLong();
    private final List<Consumer<JobEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean showAll;
    private volatile boolean running;
    private volatile Instant lastPollStart;
    private volatile Instant lastChange;
    private int fallbackTurn;
    private PollScheduler.Cancellable next;

    // Rows report a change of "mine" so that a filtered view of them re-checks the row.
    private final ObservableList<JobRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.mineProperty()});
    private final Map<String, JobRow> rowsById = new HashMap<>();
    private final StringProperty serverProblem = new SimpleStringProperty(this, "problem", "");
    private final IntegerProperty failures = new SimpleIntegerProperty(this, "failures");

    public JobTracker(
            JobService service,
            TaskRunner runner,
            PollScheduler scheduler,
            Clock clock,
            PollingPolicy policy) {
        this.service = Objects.requireNonNull(service);
        this.runner = Objects.requireNonNull(runner);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.clock = Objects.requireNonNull(clock);
        this.policy = Objects.requireNonNull(policy);
    }

    /** Every job the tracker knows, in the order it learnt of them. UI thread only. */
    public ObservableList<JobRow> rows() {
        return rows;
    }

    public JobRow row(String jobId) {
        return rowsById.get(jobId);
    }

    /** Empty while the server answers; a short sentence while it does not. */
    public StringProperty serverProblemProperty() {
        return serverProblem;
    }

    public IntegerProperty failuresProperty() {
        return failures;
    }

    /** List requests sent so far; for the benchmark and tests. */
    public long listRequests() {
        return listRequests.get();
    }

    public void addListener(Consumer<JobEvent> listener) {
        listeners.add(listener);
    }

    /** Starts polling now. */
    public void start() {
        running = true;
        schedule(Duration.ZERO);
    }

    @Override
    public void close() {
        running = false;
        synchronized (this) {
            if (next != null) {
                next.cancel();
            }
        }
    }

    /** Follows a job this user started (UI thread), and polls soon. */
    public JobRow track(JobSnapshot job, String title) {
        mine.add(job.id());
        known.merge(job.id(), job, (old, added) -> old);
        JobRow row = rowsById.get(job.id());
        if (row == null) {
            row = new JobRow(known.get(job.id()), true);
            rowsById.put(job.id(), row);
            rows.add(row);
        }
        row.mineProperty().set(true);
        if (title != null) {
            row.titleProperty().set(title);
        }
        pollSoon();
        return row;
    }

    /** Shows every CONFORM and EXPORT job on the server, not only this user's renders. */
    public void setShowAll(boolean all) {
        if (showAll != all) {
            showAll = all;
            pollSoon();
        }
    }

    public boolean isShowAll() {
        return showAll;
    }

    /** Asks for a poll as soon as the minimum gap since the last one allows. */
    public void pollSoon() {
        if (!running) {
            return;
        }
        if (inFlight.get()) {
            wanted.set(true);
            return;
        }
        Instant last = lastPollStart;
        Instant now = clock.instant();
        Duration wait =
                last == null
                        ? Duration.ZERO
                        : Duration.between(now, last.plus(policy.minimumGap()));
        schedule(wait.isNegative() ? Duration.ZERO : wait);
    }

    private synchronized void schedule(Duration delay) {
        if (next != null) {
            next.cancel();
        }
        next = scheduler.schedule(this::tick, delay);
    }

    private void tick() {
        if (!running || !inFlight.compareAndSet(false, true)) {
            return;
        }
        wanted.set(false);
        lastPollStart = clock.instant();
        JobQuery query = query();
        runner.run(() -> poll(query), this::applied, this::failed);
    }

    JobQuery query() {
        int active = 0;
        for (JobSnapshot job : known.values()) {
            if (inScope(job.id()) && job.state().isRunning()) {
                active++;
            }
        }
        // Newest first: running jobs are the newest, so a page a little larger than their count
        // holds them all; one that falls off is fetched on its own (refetchOneMissing).
        if (showAll) {
            return JobQuery.allRendersAndExports(Math.min(MAX_PAGE, ALL_JOBS_PAGE + active));
        }
        return JobQuery.mine(Math.min(MAX_PAGE, active + SPARE_ROWS));
    }

    private boolean inScope(String id) {
        return !lost.contains(id) && (showAll || mine.contains(id));
    }

    private PollResult poll(JobQuery query) throws Exception {
        List<JobSnapshot> listed = service.list(query);
        listRequests.incrementAndGet();
        List<JobSnapshot> answers = new ArrayList<>(listed);
        refetchOneMissing(listed).ifPresent(answers::add);

        List<JobSnapshot> changed = new ArrayList<>();
        List<JobEvent> events = new ArrayList<>();
        Set<String> newlyMine = new HashSet<>();
        for (JobSnapshot job : answers) {
            if (query.userOnly() && mine.add(job.id())) {
                newlyMine.add(job.id());
            }
            JobSnapshot before = known.put(job.id(), job);
            if (!job.equals(before) || newlyMine.contains(job.id())) {
                changed.add(job);
            }
            if (before != null) {
                JobEvent.between(before, job)
                        .ifPresent(k -> events.add(new JobEvent(k, before, job)));
            }
        }
        return new PollResult(changed, events, Set.copyOf(mine), anyActive());
    }

    /** A tracked job the list did not carry (paged out, or a server ignoring a filter). */
    private Optional<JobSnapshot> refetchOneMissing(List<JobSnapshot> listed) {
        Set<String> seen = new HashSet<>();
        listed.forEach(j -> seen.add(j.id()));
        List<String> missing = new ArrayList<>();
        for (JobSnapshot job : known.values()) {
            if (mine.contains(job.id())
                    && !lost.contains(job.id())
                    && job.state().isRunning()
                    && !seen.contains(job.id())) {
                missing.add(job.id());
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        missing.sort(null);
        String id = missing.get(Math.floorMod(fallbackTurn++, missing.size()));
        try {
            return Optional.of(service.get(id));
        } catch (Exception e) {
            LOG.debug("Job {} is no longer on the server; not polling it again", id, e);
            lost.add(id);
            return Optional.empty();
        }
    }

    private boolean anyActive() {
        for (JobSnapshot job : known.values()) {
            if (inScope(job.id()) && job.state().isRunning()) {
                return true;
            }
        }
        return false;
    }

    private void applied(PollResult result) {
        Instant now = clock.instant();
        List<JobRow> added = new ArrayList<>();
        for (JobSnapshot job : result.changed()) {
            JobRow row = rowsById.get(job.id());
            boolean isMine = result.mine().contains(job.id());
            if (row == null) {
                row = new JobRow(job, isMine);
                rowsById.put(job.id(), row);
                added.add(row);
            } else {
                row.update(job, now);
                row.mineProperty().set(row.isMine() || isMine);
            }
        }
        rows.addAll(added);
        for (JobRow row : rows) {
            if (row.job().state().isRunning()) {
                row.tick(now);
            }
        }
        if (!result.changed().isEmpty()) {
            lastChange = now;
        }
        failures.set(0);
        serverProblem.set("");
        finishPoll(result.anyActive());
        result.events().forEach(this::fire);
    }

    private void fire(JobEvent event) {
        for (Consumer<JobEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.error("A job event listener failed on {}", event.kind(), e);
            }
        }
    }

    private void failed(Throwable error) {
        failures.set(failures.get() + 1);
        serverProblem.set(JobErrors.describe(error));
        LOG.debug("Job poll failed ({} in a row)", failures.get(), error);
        finishPoll(anyActive());
    }

    private void finishPoll(boolean anyActive) {
        inFlight.set(false);
        if (!running) {
            return;
        }
        Instant now = clock.instant();
        Duration delay = policy.nextDelay(anyActive, failures.get(), now, lastChange);
        if (wanted.getAndSet(false) && failures.get() == 0) {
            delay = policy.minimumGap();
        }
        schedule(delay);
    }

    private record PollResult(
            List<JobSnapshot> changed,
            List<JobEvent> events,
            Set<String> mine,
            boolean anyActive) {}
}

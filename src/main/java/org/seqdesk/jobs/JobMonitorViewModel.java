package org.seqdesk.jobs;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job monitor's state and commands: the renders this user started, or every render and export
 * on the server, and what can be done to the selected one.
 */
public final class JobMonitorViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(JobMonitorViewModel.class);

    /**
     * One order before and after a restart: the newest job on top, so a new one never lands below
     * the fold; jobs that began together by their id's number, the higher first.
     */
    static final Comparator<JobRow> NEWEST_FIRST =
            Comparator.comparing(JobRow::created)
                    .thenComparingLong(r -> idNumber(r.id()))
                    .thenComparing(JobRow::id)
                    .reversed();

    private final JobTracker tracker;
    private final JobService service;
    private final JobHistory history;
    private final TaskRunner runner;
    private final FilteredList<JobRow> visible;
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll");
    private final ObjectProperty<JobRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<JobState> selectedState = new SimpleObjectProperty<>(this, "s");
    private Consumer<String> itemOpener = id -> {};
    private Consumer<String> explanationShower = text -> {};

    public JobMonitorViewModel(
            JobTracker tracker, JobService service, JobHistory history, TaskRunner runner) {
        this.tracker = Objects.requireNonNull(tracker);
        this.service = Objects.requireNonNull(service);
        this.history = history;
        this.runner = Objects.requireNonNull(runner);
        this.visible =
                new FilteredList<>(new SortedList<>(tracker.rows(), NEWEST_FIRST), this::shows);
        showAll.addListener(
                (obs, was, now) -> {
                    tracker.setShowAll(now);
                    visible.setPredicate(this::shows);
                });
        selected.addListener(
                (obs, was, row) -> {
                    selectedState.unbind();
                    if (row == null) {
                        selectedState.set(null);
                    } else {
                        selectedState.bind(row.stateProperty());
                    }
                });
    }

    private static long idNumber(String id) {
        int dash = id.lastIndexOf('-');
        try {
            return Long.parseLong(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private boolean shows(JobRow row) {
        return showAll.get() || row.isMine();
    }

    /** The rows the table shows, newest first. */
    public FilteredList<JobRow> rows() {
        return visible;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public ObjectProperty<JobRow> selectedProperty() {
        return selected;
    }

    /** The outcome of the last action, or the server problem the tracker reports. */
    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty serverProblemProperty() {
        return tracker.serverProblemProperty();
    }

    /** Where "open result" sends the item id: the composition root reveals it in the browser. */
    public void setItemOpener(Consumer<String> opener) {
        this.itemOpener = Objects.requireNonNull(opener);
    }

    /** Where "why waiting" sends its explanation: the view shows it in a dialog. */
    public void setExplanationShower(Consumer<String> shower) {
        this.explanationShower = Objects.requireNonNull(shower);
    }

    public BooleanBinding canAbortProperty() {
        return stateIs(s -> s.isRunning() && s != JobState.ABORTED_PENDING);
    }

    public BooleanBinding canChangePriorityProperty() {
        return stateIs(JobState::isRunning);
    }

    public BooleanBinding canRerunProperty() {
        return stateIs(JobState::isTerminal);
    }

    public BooleanBinding canExplainProperty() {
        return stateIs(s -> s == JobState.WAITING);
    }

    public BooleanBinding canOpenResultProperty() {
        return Bindings.createBooleanBinding(
                () -> {
                    JobState state = selectedState.get();
                    return state != null
                            && state.isSuccess()
                            && selected.get().job().outputItem() != null;
                },
                selectedState);
    }

    private BooleanBinding stateIs(Predicate<JobState> test) {
        return Bindings.createBooleanBinding(
                () -> {
                    JobState state = selectedState.get();
                    return state != null && !busy.get() && test.test(state);
                },
                selectedState,
                busy);
    }

    /** Asks the server to abort the job, with the user's reason. */
    public void abort(JobRow row, String reason) {
        String id = row.id();
        act(
                () -> {
                    service.abort(id, reason == null ? "" : reason.strip());
                    return null;
                },
                Messages.get("jobs.done.abort", id),
                "abort",
                id);
    }

    public void changePriority(JobRow row, JobPriority priority) {
        String id = row.id();
        act(
                () -> {
                    service.setPriority(id, priority);
                    return null;
                },
                Messages.get("jobs.done.priority", id, Messages.get("jobs.priority." + priority)),
                "priority",
                id);
    }

    /** Starts a copy of a finished, failed or aborted job and follows it like a new render. */
    public void rerun(JobRow row) {
        JobSnapshot original = row.job();
        String title = row.titleProperty().get();
        busy.set(true);
        runner.run(
                () -> {
                    JobSnapshot copy = service.rerun(original.id(), original.priority());
                    if (history != null) {
                        history.rerun(original, copy);
                    }
                    return copy;
                },
                copy -> {
                    busy.set(false);
                    LOG.info("Re-ran job {} as {}", original.id(), copy.id());
                    JobRow added = tracker.track(copy, title);
                    selected.set(added);
                    message.set(Messages.get("jobs.done.rerun", original.id(), copy.id()));
                },
                e -> failed("rerun", e));
    }

    /** Reveals the item the job's output went to. */
    public void openResult(JobRow row) {
        String item = row.job().outputItem();
        if (item != null) {
            itemOpener.accept(item);
        }
    }

    /** Fetches the server's reasons a job waits and hands them, in words, to the view. */
    public void explainWaiting(JobRow row) {
        String id = row.id();
        busy.set(true);
        runner.run(
                () -> service.problems(id),
                problems -> {
                    busy.set(false);
                    explanationShower.accept(explanation(row.job(), problems));
                },
                e -> failed("problems", e));
    }

    static String explanation(JobSnapshot job, List<JobProblem> problems) {
        if (problems.isEmpty()) {
            return JobTexts.reason(job);
        }
        return problems.stream()
                .map(JobMonitorViewModel::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(JobProblem p) {
        String details =
                p.data().entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", "));
        return details.isEmpty()
                ? Messages.get("jobs.problem", p.type())
                : Messages.get("jobs.problem.details", p.type(), details);
    }

    private void act(Callable<Void> work, String done, String action, String id) {
        busy.set(true);
        runner.run(
                work,
                v -> {
                    busy.set(false);
                    LOG.info("Job action {} on {} succeeded", action, id);
                    message.set(done);
                    tracker.pollSoon();
                },
                e -> failed(action, e));
    }

    private void failed(String action, Throwable e) {
        busy.set(false);
        LOG.info("Job action {} failed", action, e);
        message.set(Messages.get("jobs.failed." + action, JobErrors.describe(e)));
    }
}

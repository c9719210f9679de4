package org.seqdesk.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ProgressIndicator;
import org.seqdesk.api.doc.JobState;

/**
 * One job as the monitor shows it. Only the FX thread touches a row; {@link #update} sets only what
 * changed, so an unchanged job costs nothing to redraw.
 */
public final class JobRow {
    private final String id;
    private final Instant created;
    private final ObjectProperty<JobSnapshot> snapshot = new SimpleObjectProperty<>(this, "job");
    private final ObjectProperty<JobState> state = new SimpleObjectProperty<>(this, "state");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty step = new SimpleStringProperty(this, "step", "");
    private final StringProperty elapsed = new SimpleStringProperty(this, "elapsed", "");
    private final StringProperty remaining = new SimpleStringProperty(this, "remaining", "");
    private final BooleanProperty mine = new SimpleBooleanProperty(this, "mine");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");

    public JobRow(JobSnapshot first, boolean mine) {
        this.id = first.id();
        this.created = first.started() != null ? first.started() : Instant.now();
        this.mine.set(mine);
        update(first, Instant.now());
    }

    /**
     * When the job began, as first seen (else when the row was made); fixed, so a row never moves
     * in a list ordered by it.
     */
    public Instant created() {
        return created;
    }

    public String id() {
        return id;
    }

    /** Takes the server's latest word and recomputes the derived texts against {@code now}. */
    public void update(JobSnapshot job, Instant now) {
        if (!Objects.equals(snapshot.get(), job)) {
            snapshot.set(job);
            state.set(job.state());
            progress.set(progressValue(job));
            step.set(JobTexts.step(job));
        }
        tick(now);
    }

    /** Refreshes the texts that move with the clock. */
    public void tick(Instant now) {
        JobSnapshot job = snapshot.get();
        elapsed.set(JobTimes.elapsed(job, now).map(JobTexts::duration).orElse(""));
        remaining.set(
                JobTimes.remaining(job, now)
                        .map(JobTexts::duration)
                        .orElse(job.state().isTerminal() ? "" : JobTexts.unknownRemaining()));
    }

    /** Progress for a progress bar: 0–1, or indeterminate while unknown. */
    static double progressValue(JobSnapshot job) {
        if (job.state().isSuccess()) {
            return 1.0;
        }
        if (job.state().isTerminal() || job.state() == JobState.READY) {
            return Math.max(0, job.progress()) / 10_000.0;
        }
        return job.progress() < 0
                ? ProgressIndicator.INDETERMINATE_PROGRESS
                : job.progress() / 10_000.0;
    }

    public JobSnapshot job() {
        return snapshot.get();
    }

    public ObjectProperty<JobSnapshot> jobProperty() {
        return snapshot;
    }

    public ObjectProperty<JobState> stateProperty() {
        return state;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public StringProperty elapsedProperty() {
        return elapsed;
    }

    public StringProperty remainingProperty() {
        return remaining;
    }

    public BooleanProperty mineProperty() {
        return mine;
    }

    public boolean isMine() {
        return mine.get();
    }

    /** What the user called the render (sequence and item), empty for other jobs. */
    public StringProperty titleProperty() {
        return title;
    }

    /** Convenience for tests and formatting. */
    public Duration elapsedDuration(Instant now) {
        return JobTimes.elapsed(snapshot.get(), now).orElse(Duration.ZERO);
    }
}

package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.TaskRunner;

class JobMonitorViewModelTest {
    @TempDir Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-12-04T12:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final ScriptedJobService server =
            new ScriptedJobService() {
                @Override
                public JobSnapshot rerun(String jobId, JobPriority priority) {
                    JobSnapshot copy = ScriptedJobService.render("VX-100", JobState.READY);
                    put(copy);
                    return copy;
                }

                @Override
                public List<JobProblem> problems(String jobId) {
                    return List.of(
                            new JobProblem("P-1", "NO_TRANSCODER", Map.of("resource", "VX-3")));
                }
            };
    private JobTracker tracker;
    private JobMonitorViewModel model;
    private JobHistoryStore store;

    @BeforeEach
    void setUp() {
        TaskRunner runner = TaskRunner.inline();
        tracker = new JobTracker(server, runner, scheduler, clock, PollingPolicy.standard());
        store = new JobHistoryStore(dir.resolve("h.json"));
        JobHistory history = new JobHistory(store, "s", runner, clock);
        model = new JobMonitorViewModel(tracker, server, history, runner);
        tracker.start();
    }

    private static JobSnapshot others(String id, JobState state) {
        return new JobSnapshot(
                id,
                "EXPORT",
                "editor",
                state,
                JobPriority.LOW,
                null,
                null,
                0,
                0,
                null,
                -1,
                Map.of(),
                null);
    }

    @Test
    void showsMyRendersAndEveryonesOnlyWhenAsked() {
        server.put(ScriptedJobService.render("VX-1", JobState.STARTED));
        server.put(others("VX-2", JobState.STARTED));
        tracker.track(JobSnapshot.of("VX-1", "CONFORM", JobState.READY), "Trailer");
        scheduler.runNext();
        assertThat(model.rows()).extracting(JobRow::id).containsExactly("VX-1");

        model.showAllProperty().set(true);
        scheduler.runNext();

        assertThat(model.rows()).extracting(JobRow::id).containsExactlyInAnyOrder("VX-1", "VX-2");
        model.showAllProperty().set(false);
        assertThat(model.rows()).extracting(JobRow::id).containsExactly("VX-1");
    }

    @Test
    void abortIsOfferedForRunningJobsAndReportsTheOutcome() {
        server.put(ScriptedJobService.render("VX-1", JobState.STARTED));
        JobRow row = tracker.track(JobSnapshot.of("VX-1", "CONFORM", JobState.READY), "Trailer");
        scheduler.runNext();
        model.selectedProperty().set(row);
        assertThat(model.canAbortProperty().get()).isTrue();
        assertThat(model.canRerunProperty().get()).isFalse();

        model.abort(row, "wrong cut");
        scheduler.runNext();

        assertThat(row.stateProperty().get()).isEqualTo(JobState.ABORTED);
        assertThat(model.messageProperty().get()).contains("VX-1");
        assertThat(model.canAbortProperty().get()).isFalse();
        assertThat(model.canRerunProperty().get()).isTrue();
    }

    @Test
    void reRunFollowsTheNewJobAndKeepsItInTheHistory() {
        server.put(ScriptedJobService.render("VX-1", JobState.FAILED_TOTAL));
        JobRow row = tracker.track(JobSnapshot.of("VX-1", "CONFORM", JobState.READY), "Trailer");
        scheduler.runNext();

        model.rerun(row);

        assertThat(tracker.row("VX-100")).isNotNull();
        assertThat(tracker.row("VX-100").titleProperty().get()).isEqualTo("Trailer");
        assertThat(model.selectedProperty().get().id()).isEqualTo("VX-100");
        assertThat(store.byJob("s", "VX-100")).isPresent();
    }

    @Test
    void explainsWhyAJobWaitsInTheServersTerms() {
        server.put(ScriptedJobService.render("VX-1", JobState.WAITING));
        JobRow row = tracker.track(JobSnapshot.of("VX-1", "CONFORM", JobState.READY), null);
        scheduler.runNext();
        StringBuilder shown = new StringBuilder();
        model.setExplanationShower(shown::append);
        model.selectedProperty().set(row);
        assertThat(model.canExplainProperty().get()).isTrue();

        model.explainWaiting(row);

        assertThat(shown.toString()).contains("NO_TRANSCODER").contains("resource: VX-3");
    }

    @Test
    void openResultRevealsTheItemTheRenderWentTo() {
        JobSnapshot done =
                new JobSnapshot(
                        "VX-1",
                        "CONFORM",
                        "admin",
                        JobState.FINISHED,
                        JobPriority.MEDIUM,
                        null,
                        null,
                        2,
                        2,
                        null,
                        10_000,
                        Map.of("client", "SeqDesk", "item", "VX-77"),
                        null);
        server.put(done);
        JobRow row = tracker.track(JobSnapshot.of("VX-1", "CONFORM", JobState.READY), null);
        scheduler.runNext();
        StringBuilder opened = new StringBuilder();
        model.setItemOpener(opened::append);
        model.selectedProperty().set(row);

        assertThat(model.canOpenResultProperty().get()).isTrue();
        model.openResult(row);

        assertThat(opened.toString()).isEqualTo("VX-77");
    }

    @Test
    void aJobFirstSeenAmongAllJobsShowsAsMineOnceTheServerSaysSo() {
        server.put(ScriptedJobService.render("VX-5", JobState.STARTED));
        model.showAllProperty().set(true);
        scheduler.runNext();
        model.showAllProperty().set(false);
        assertThat(model.rows()).isEmpty();

        scheduler.runNext();

        assertThat(model.rows()).extracting(JobRow::id).containsExactly("VX-5");
    }
}

package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.TaskRunner;

class JobTrackerTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-12-04T12:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final ScriptedJobService server = new ScriptedJobService();
    private final List<JobEvent> events = new ArrayList<>();
    private JobTracker tracker;

    @BeforeEach
    void setUp() {
        tracker =
                new JobTracker(
                        server, TaskRunner.inline(), scheduler, clock, PollingPolicy.standard());
        tracker.addListener(events::add);
    }

    @Test
    void pollsAllTrackedJobsWithOneListRequestPerInterval() {
        for (int i = 1; i <= 5; i++) {
            server.put(ScriptedJobService.render("VX-" + i, JobState.STARTED));
            tracker.track(JobSnapshot.of("VX-" + i, "CONFORM", JobState.READY), null);
        }
        tracker.start();

        for (int i = 0; i < 4; i++) {
            scheduler.runNext();
        }

        assertThat(server.queries).hasSize(4);
        assertThat(server.gets).isZero();
        assertThat(tracker.rows()).hasSize(5);
        assertThat(tracker.row("VX-3").stateProperty().get()).isEqualTo(JobState.STARTED);
        assertThat(server.queries.get(0).userOnly()).isTrue();
        assertThat(server.queries.get(0).jobMetadata())
                .containsEntry(JobSnapshot.CLIENT, JobSnapshot.CLIENT_NAME);
    }

    @Test
    void pollsFastWhileJobsChangeThenSlowsWhenAllHaveEnded() {
        server.put(ScriptedJobService.render("VX-1", JobState.STARTED));
        tracker.track(JobSnapshot.of("VX-1", "CONFORM", JobState.READY), null);
        tracker.start();
        scheduler.runNext();
        assertThat(scheduler.nextDelay()).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(30));
        scheduler.runNext();
        assertThat(scheduler.nextDelay()).contains(Duration.ofSeconds(2));

        server.put(ScriptedJobService.render("VX-1", JobState.FINISHED));
        scheduler.runNext();
        assertThat(scheduler.nextDelay()).contains(Duration.ofSeconds(10));
    }

    @Test
    void backsOffWhileTheServerFailsAndRecoversWhenItAnswers() {
        server.put(ScriptedJobService.render("VX-1", JobState.STARTED));
        tracker.track(JobSnapshot.of("VX-1", "CONFORM", JobState.READY), null);
        tracker.start();
        server.down = true;

        List<Duration> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            scheduler.runNext();
            seen.add(scheduler.nextDelay().orElseThrow());
        }

        assertThat(seen)
                .containsExactly(
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16));
        assertThat(tracker.serverProblemProperty().get()).isNotEmpty();
        assertThat(tracker.rows()).hasSize(1);

        server.down = false;
        scheduler.runNext();
        assertThat(tracker.serverProblemProperty().get()).isEmpty();
        assertThat(scheduler.nextDelay()).contains(Duration.ofSeconds(1));
    }

    @Test
    void reportsStartFinishFailureAndWaitingOnce() {
        server.put(ScriptedJobService.render("VX-1", JobState.READY));
        server.put(ScriptedJobService.render("VX-2", JobState.READY));
        tracker.track(JobSnapshot.of("VX-1", "CONFORM", JobState.READY), null);
        tracker.track(JobSnapshot.of("VX-2", "CONFORM", JobState.READY), null);
        tracker.start();
        scheduler.runNext();
        assertThat(events).isEmpty();

        server.put(ScriptedJobService.render("VX-1", JobState.STARTED));
        server.put(ScriptedJobService.render("VX-2", JobState.WAITING));
        scheduler.runNext();
        server.put(ScriptedJobService.render("VX-1", JobState.FINISHED));
        server.put(ScriptedJobService.render("VX-2", JobState.FAILED_TOTAL));
        scheduler.runNext();
        scheduler.runNext();

        assertThat(events)
                .extracting(e -> e.current().id() + " " + e.kind())
                .containsExactly("VX-1 STARTED", "VX-2 WAITING", "VX-1 FINISHED", "VX-2 FAILED");
        assertThat(JobTexts.reason(events.get(3).current())).contains("disk full");
    }

    @Test
    void aPokeNeverPollsSoonerThanTheMinimumGap() {
        server.put(ScriptedJobService.render("VX-1", JobState.FINISHED));
        tracker.track(JobSnapshot.of("VX-1", "CONFORM", JobState.READY), null);
        tracker.start();
        scheduler.runNext();

        clock.advance(Duration.ofMillis(300));
        tracker.pollSoon();
        tracker.pollSoon();

        assertThat(scheduler.nextDelay()).contains(Duration.ofMillis(700));
    }

    @Test
    void fetchesATrackedJobTheListLeftOutOnePerPoll() {
        server.put(ScriptedJobService.render("VX-1", JobState.STARTED));
        tracker.track(JobSnapshot.of("VX-1", "CONFORM", JobState.READY), null);
        JobSnapshot foreign =
                new JobSnapshot(
                        "VX-9",
                        "CONFORM",
                        "admin",
                        JobState.STARTED,
                        JobPriority.MEDIUM,
                        null,
                        null,
                        0,
                        0,
                        null,
                        -1,
                        java.util.Map.of(),
                        null);
        server.put(foreign);
        tracker.track(JobSnapshot.of("VX-9", "CONFORM", JobState.READY), null);
        tracker.start();

        scheduler.runNext();

        assertThat(server.queries).hasSize(1);
        assertThat(server.gets).isEqualTo(1);
        assertThat(tracker.row("VX-9").stateProperty().get()).isEqualTo(JobState.STARTED);
    }

    @Test
    void showingAllJobsAsksTheServerForEveryUsersRendersAndExports() {
        tracker.start();
        scheduler.runNext();
        tracker.setShowAll(true);
        scheduler.runNext();

        JobQuery last = server.queries.get(server.queries.size() - 1);
        assertThat(last.userOnly()).isFalse();
        assertThat(last.types()).containsExactly("CONFORM", "EXPORT");
    }
}

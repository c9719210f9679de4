package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.TaskRunner;

/** The jobs panel lists and names jobs the same way before and after a restart. */
class JobOrderAndNamesTest {
    private static final Instant T0 = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir Path dir;

    private final FakeClock clock = new FakeClock(T0);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final ScriptedJobService server = new ScriptedJobService();
    private final TaskRunner runner = TaskRunner.inline();

    /** A render of the sequence on {@code item}, as SeqDesk starts it, begun {@code minutes} in. */
    private static JobSnapshot render(String id, String item, int minutes) {
        return new JobSnapshot(
                id,
                "CONFORM",
                "admin",
                JobState.STARTED,
                JobPriority.MEDIUM,
                T0.plusSeconds(60L * minutes),
                null,
                1,
                2,
                "Rendering",
                5000,
                Map.of(
                        JobSnapshot.CLIENT,
                        JobSnapshot.CLIENT_NAME,
                        JobSnapshot.ITEM_ID,
                        item,
                        JobSnapshot.SEQUENCE_FORMAT,
                        "vidispine"),
                null);
    }

    private JobMonitorViewModel monitor(JobTracker tracker, JobHistory history) {
        return new JobMonitorViewModel(tracker, server, history, runner);
    }

    private JobTracker tracker() {
        return new JobTracker(server, runner, scheduler, clock, PollingPolicy.standard());
    }

    private static List<String> labels(JobMonitorViewModel model) {
        return model.rows().stream()
                .map(r -> JobTexts.label(r.job(), r.titleProperty().get()))
                .toList();
    }

    /** Starts a render as the render dialog does: history first, then the tracker. */
    private static void startRender(JobHistory history, JobTracker tracker, JobSnapshot job)
            throws Exception {
        String item = job.value(JobSnapshot.ITEM_ID);
        String title = "vidispine " + item;
        JobRecord pending =
                history.beforeSubmit(item, "vidispine", title, List.of(), JobPriority.MEDIUM);
        history.afterSubmit(pending, job);
        tracker.track(job, title);
    }

    @Test
    void newJobsGoOnTopAndTheSelectionStays() throws Exception {
        JobHistoryStore store = new JobHistoryStore(dir.resolve("h.json"));
        JobHistory history = new JobHistory(store, "s", runner, clock);
        JobTracker tracker = tracker();
        JobMonitorViewModel model = monitor(tracker, history);
        tracker.start();
        startRender(history, tracker, render("VX-1", "VX-16", 0));
        startRender(history, tracker, render("VX-2", "VX-17", 1));
        JobRow chosen = tracker.row("VX-1");
        model.selectedProperty().set(chosen);

        startRender(history, tracker, render("VX-3", "VX-18", 2));

        assertThat(model.rows()).extracting(JobRow::id).containsExactly("VX-3", "VX-2", "VX-1");
        assertThat(model.selectedProperty().get()).isSameAs(chosen);
    }

    @Test
    void afterARestartTheListHasTheSameOrderAndNames() throws Exception {
        JobHistoryStore store = new JobHistoryStore(dir.resolve("h.json"));
        JobHistory history = new JobHistory(store, "s", runner, clock);
        JobTracker before = tracker();
        JobMonitorViewModel live = monitor(before, history);
        for (int i = 1; i <= 3; i++) {
            JobSnapshot job = render("VX-" + i, "VX-1" + (5 + i), i);
            server.put(job);
            startRender(history, before, job);
        }
        List<String> liveLabels = labels(live);
        before.close();

        JobHistoryStore reread = new JobHistoryStore(dir.resolve("h.json"));
        JobHistory again = new JobHistory(reread, "s", runner, clock);
        JobTracker after = tracker();
        JobMonitorViewModel restarted = monitor(after, again);
        again.reattach(after, server);
        after.start();
        scheduler.runNext();

        assertThat(liveLabels)
                .containsExactly("vidispine VX-18", "vidispine VX-17", "vidispine VX-16");
        assertThat(labels(restarted)).isEqualTo(liveLabels);
        assertThat(restarted.rows()).extracting(JobRow::id).containsExactly("VX-3", "VX-2", "VX-1");
    }

    @Test
    void aRenderFoundOnlyOnTheServerIsNamedAsItWasLive() {
        server.put(render("VX-2", "VX-16", 0));
        JobTracker tracker = tracker();
        JobMonitorViewModel model = monitor(tracker, null);
        model.showAllProperty().set(true);
        tracker.start();
        scheduler.runNext();

        assertThat(labels(model)).containsExactly("vidispine VX-16");
    }
}

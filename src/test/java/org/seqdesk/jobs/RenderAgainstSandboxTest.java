package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.Calls;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.api.doc.SequenceDocuments;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;

/** Renders on a real sandbox server, followed by the real tracker, kept in a real history file. */
class RenderAgainstSandboxTest {
    private static final Duration LONG = Duration.ofSeconds(90);

    @TempDir static Path serverDir;
    private static Sandbox sandbox;

    @TempDir Path home;
    private SandboxJobsHarness jobs;

    @BeforeAll
    static void startServer() {
        sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(serverDir)
                                .withDemo(SandboxConfig.DemoMode.MINIMAL)
                                .withMaxRunningJobs(1));
    }

    @AfterAll
    static void stopServer() {
        sandbox.stop();
    }

    @BeforeEach
    void connect() {
        jobs = new SandboxJobsHarness(sandbox, historyFile()).start();
    }

    @AfterEach
    void disconnect() {
        jobs.close();
    }

    private Path historyFile() {
        return home.resolve("job-history.json");
    }

    @Test
    void aRenderOfTheDemoSequenceFinishesAndPutsItsShapeOnTheItem() throws Exception {
        JobRow row = jobs.render(SandboxJobsHarness.itemRender("VX-4", "lowres"));

        jobs.awaitState(row.id(), JobState.FINISHED, LONG);

        List<String> shapes = Calls.execute(jobs.client.items().shapes("VX-4", "lowres")).uris();
        assertThat(shapes).isNotEmpty();
        assertThat(jobs.events).anyMatch(e -> e.kind() == JobEvent.Kind.FINISHED);
        assertThat(jobs.alerts).anySatisfy(a -> assertThat(a.title()).contains("Sequence on VX-4"));
        assertThat(jobs.onUi(() -> row.progressProperty().get())).isEqualTo(1.0);
    }

    @Test
    void aRenderWhoseSourceIsMissingWaitsSaysWhyAndAbortEndsIt() throws Exception {
        String source = shapelessItem();
        RenderSource orphan =
                RenderSource.standalone(
                        SequenceDocuments.toDocument(sequenceOf(source)), "vidispine", "Orphan");
        JobRow row = jobs.render(SandboxJobsHarness.request(orphan, "lowres"));
        jobs.awaitState(row.id(), JobState.WAITING, LONG);
        StringBuilder why = new StringBuilder();
        jobs.onUi(
                () -> {
                    jobs.monitor.setExplanationShower(why::append);
                    jobs.monitor.explainWaiting(row);
                    return null;
                });
        awaitText(why);
        assertThat(why.toString()).contains("MISSING_SHAPE").contains(source);

        jobs.onUi(
                () -> {
                    jobs.monitor.abort(row, "source is gone");
                    return null;
                });

        jobs.awaitState(row.id(), JobState.ABORTED, LONG);
        assertThat(jobs.alerts).anySatisfy(a -> assertThat(a.title()).contains("waiting"));
    }

    @Test
    void aWaitingRenderCanBeReprioritisedAndAnAbortedOneReRun() throws Exception {
        RenderSource orphan =
                RenderSource.standalone(
                        SequenceDocuments.toDocument(sequenceOf(shapelessItem())),
                        "vidispine",
                        "Lost");
        JobRow row = jobs.render(SandboxJobsHarness.request(orphan, "lowres"));
        jobs.awaitState(row.id(), JobState.WAITING, LONG);

        jobs.onUi(
                () -> {
                    jobs.monitor.changePriority(row, JobPriority.HIGH);
                    return null;
                });
        awaitPriority(row, JobPriority.HIGH);
        jobs.onUi(
                () -> {
                    jobs.monitor.abort(row, "");
                    return null;
                });
        jobs.awaitState(row.id(), JobState.ABORTED, LONG);
        jobs.onUi(
                () -> {
                    jobs.monitor.rerun(row);
                    return null;
                });

        JobRow copy = awaitNewRowAfter(row);
        jobs.awaitState(copy.id(), JobState.WAITING, LONG);
        assertThat(jobs.onUi(() -> copy.titleProperty().get())).isEqualTo("Lost");
        assertThat(jobs.store.byJob(sandbox.apiUrl(), copy.id())).isPresent();
        jobs.onUi(
                () -> {
                    jobs.monitor.abort(copy, "done testing");
                    return null;
                });
        jobs.awaitState(copy.id(), JobState.ABORTED, LONG);
    }

    private void awaitPriority(JobRow row, JobPriority priority) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (jobs.onUi(() -> row.job().priority()) == priority) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(jobs.onUi(() -> row.job().priority())).isEqualTo(priority);
    }

    private JobRow awaitNewRowAfter(JobRow original) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JobRow selected = jobs.onUi(() -> jobs.monitor.selectedProperty().get());
            if (selected != null && !selected.id().equals(original.id())) {
                return selected;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no re-run of " + original.id());
    }

    @Test
    void aRenderWhoseSequenceWentMissingFailsAndTheServersReasonIsShown() throws Exception {
        JobRow blocker = jobs.render(SandboxJobsHarness.itemRender("VX-4", "h264-preview"));
        JobRow victim = jobs.render(SandboxJobsHarness.itemRender("VX-5", "lowres"));
        Calls.execute(jobs.client.sequences().delete("VX-5", "vidispine"));

        JobRow failed = jobs.awaitState(victim.id(), JobState.FAILED_TOTAL, LONG);

        String reason = jobs.onUi(() -> JobTexts.reason(failed.job()));
        assertThat(reason).contains("no sequence");
        assertThat(jobs.alerts)
                .anySatisfy(
                        a -> {
                            assertThat(a.severity()).isEqualTo(JobAlert.Severity.ERROR);
                            assertThat(a.text()).contains("no sequence");
                        });
        jobs.awaitState(blocker.id(), JobState.FINISHED, LONG);
    }

    @Test
    void afterARestartTheHistoryShowsTheRendersWithTheirFinalStates() throws Exception {
        JobRow done = jobs.render(SandboxJobsHarness.itemRender("VX-4", "lowres"));
        jobs.awaitState(done.id(), JobState.FINISHED, LONG);
        // The app dies while the second render runs: nothing but the history file survives.
        JobRow running = jobs.render(SandboxJobsHarness.itemRender("VX-4", "h264-preview"));
        jobs.close();

        jobs = new SandboxJobsHarness(sandbox, historyFile()).start();

        jobs.awaitState(done.id(), JobState.FINISHED, Duration.ofSeconds(10));
        JobRow reattached = jobs.awaitState(running.id(), JobState.FINISHED, LONG);
        assertThat(jobs.onUi(() -> reattached.titleProperty().get())).isEqualTo("Sequence on VX-4");
        assertThat(jobs.onUi(() -> reattached.isMine())).isTrue();
        SandboxJobsHarness again = new SandboxJobsHarness(sandbox, historyFile());
        try {
            Thread.sleep(300); // the history write follows the event in the background
            assertThat(again.store.byJob(sandbox.apiUrl(), running.id()).orElseThrow().state())
                    .isEqualTo(JobState.FINISHED);
        } finally {
            again.close();
        }
    }

    private static void awaitText(StringBuilder text) throws InterruptedException {
        for (int i = 0; i < 100 && text.length() == 0; i++) {
            Thread.sleep(100);
        }
    }

    /** An item without media: a render from it waits for a shape. */
    private static String shapelessItem() {
        return sandbox.services().items().create("Source without media", "admin").siteId();
    }

    private static Sequence sequenceOf(String item) {
        TimeBase pal = FrameRate.FPS_25.timeBase();
        Segment cut =
                Segment.cut(
                        item,
                        1,
                        TimeCode.of(0, pal),
                        TimeCode.of(25, pal),
                        TimeCode.of(0, pal),
                        TimeCode.of(25, pal));
        return new Sequence(
                "",
                "Orphan",
                FrameRate.FPS_25,
                null,
                List.of(Track.of(TrackKind.VIDEO, List.of(cut))),
                List.of(),
                Map.of());
    }
}

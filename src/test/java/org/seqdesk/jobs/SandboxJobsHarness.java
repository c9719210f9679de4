package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.sandbox.Sandbox;

/**
 * The jobs feature wired as the app wires it, against a real sandbox server: a real background
 * pool, a single "UI" thread standing in for the FX thread, and the history in a real file.
 */
final class SandboxJobsHarness implements AutoCloseable {
    final VidiCoreClient client;
    final ApiJobService service;
    final ExecutorService background = Executors.newFixedThreadPool(2);
    final ExecutorService ui = Executors.newSingleThreadExecutor();
    final TaskRunner runner = new TaskRunner(background, ui);
    final ExecutorPollScheduler scheduler = new ExecutorPollScheduler();
    final JobHistoryStore store;
    final JobHistory history;
    final JobTracker tracker;
    final JobMonitorViewModel monitor;
    final List<JobEvent> events = new CopyOnWriteArrayList<>();
    final List<JobAlert> alerts = new CopyOnWriteArrayList<>();

    SandboxJobsHarness(Sandbox sandbox, Path historyFile) {
        client =
                VidiCoreClientFactory.create(
                        ClientConfig.builder(sandbox.apiUrl()).basicAuth("admin", "admin").build());
        service = ApiJobService.on(client);
        store = new JobHistoryStore(historyFile);
        history = new JobHistory(store, sandbox.apiUrl(), runner, Clock.systemUTC());
        tracker =
                new JobTracker(
                        service, runner, scheduler, Clock.systemUTC(), PollingPolicy.standard());
        monitor = onUi(() -> new JobMonitorViewModel(tracker, service, history, runner));
        tracker.addListener(events::add);
        tracker.addListener(history::onEvent);
        tracker.addListener(
                e ->
                        JobAlert.of(e, tracker.row(e.current().id()).titleProperty().get())
                                .ifPresent(alerts::add));
    }

    /** Starts following: replays the history into the tracker and starts polling. */
    SandboxJobsHarness start() {
        history.reattach(tracker, service);
        tracker.start();
        return this;
    }

    RenderWorkflow workflow() {
        return new RenderWorkflow(service, history);
    }

    /** Submits a render as the dialog does and follows its job. */
    JobRow render(RenderRequest request) throws Exception {
        RenderWorkflow.Outcome outcome = workflow().submit(request);
        if (outcome.result() != RenderWorkflow.Result.SUBMITTED) {
            fail("render not submitted: " + outcome);
        }
        return onUi(() -> tracker.track(outcome.job(), outcome.title()));
    }

    static RenderRequest itemRender(String itemId, String tag) {
        return request(RenderSource.item(itemId, "vidispine", "Sequence on " + itemId), tag);
    }

    static RenderRequest request(RenderSource source, String tag) {
        return new RenderRequest(
                source,
                List.of(tag),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                java.util.Map.of());
    }

    <T> T onUi(Callable<T> work) {
        try {
            return ui.submit(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    JobState stateOf(String jobId) {
        return onUi(() -> tracker.row(jobId) == null ? null : tracker.row(jobId).job().state());
    }

    /** Waits until the tracker shows {@code jobId} in {@code state}. */
    JobRow awaitState(String jobId, JobState state, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (stateOf(jobId) == state) {
                return onUi(() -> tracker.row(jobId));
            }
            Thread.sleep(100);
        }
        return fail(
                "job " + jobId + " is " + stateOf(jobId) + ", not " + state + " after " + timeout);
    }

    @Override
    public void close() {
        tracker.close();
        scheduler.close();
        background.shutdownNow();
        ui.shutdownNow();
        client.close();
    }
}

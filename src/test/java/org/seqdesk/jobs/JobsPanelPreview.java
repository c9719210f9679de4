package org.seqdesk.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.seqdesk.api.ApiException;
import org.seqdesk.api.Calls;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.SequenceDocuments;
import org.seqdesk.app.MainWindow;
import org.seqdesk.app.WindowState;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.sandbox.SandboxOptions;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A manual look at the job monitor: the main window connected to a fresh full-demo sandbox, with
 * renders finished, running, queued, waiting and failed. Run it from the test class path, e.g.
 * under Xvfb, and take a screenshot; {@code -Dpreview.dialog=true} also opens the render dialog.
 */
public final class JobsPanelPreview extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(JobsPanelPreview.class);

    private Sandbox sandbox;
    private VidiCoreClient client;
    private JobsModule module;
    private final ExecutorService background = Executors.newFixedThreadPool(2);

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("seqdesk-preview-");
        sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(dir.resolve("server"))
                                .withMaxRunningJobs(1)
                                .withOptions(
                                        SandboxOptions.defaults()
                                                .withMissingSourceItem(
                                                        SandboxOptions.MissingSourceItem.WAIT)));
        client =
                VidiCoreClientFactory.create(
                        ClientConfig.builder(sandbox.apiUrl()).basicAuth("admin", "admin").build());
        MainWindow window = new MainWindow();
        module = new JobsModule(TaskRunner.forFx(background), dir.resolve("home"));
        window.setJobs(module.node());
        window.setServer("Demo server " + sandbox.apiUrl());
        window.show(stage, new WindowState(dir.resolve("window.properties")));
        ApiJobService service = ApiJobService.on(client);
        module.connect(service, service, sandbox.apiUrl(), stage, Clock.systemUTC());
        background.submit(() -> submitRenders(service));
    }

    private void submitRenders(ApiJobService service) {
        try {
            List<String> withSequences = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                String id = "VX-" + i;
                try {
                    if (!Calls.execute(client.sequences().list(id)).sequences().isEmpty()) {
                        withSequences.add(id);
                    }
                } catch (ApiException.NotFound e) {
                    break;
                }
            }
            RenderWorkflow workflow = new RenderWorkflow(service, historyOf());
            for (String id : withSequences) {
                submit(workflow, RenderSource.item(id, "vidispine", "Sequence " + id), "lowres");
            }
            submit(
                    workflow,
                    RenderSource.item(withSequences.get(0), "vidispine", "Preview cut"),
                    "h264-preview");
            RenderSource orphan =
                    RenderSource.standalone(
                            SequenceDocuments.toDocument(orphan()), "vidispine", "Orphaned edit");
            submit(workflow, orphan, "lowres");
            if (Boolean.getBoolean("preview.dialog")) {
                Platform.runLater(
                        () ->
                                module.openRenderDialog(
                                        RenderSource.item(
                                                withSequences.get(1), "vidispine", "Trailer")));
            }
        } catch (Exception e) {
            LOG.error("Preview renders failed", e);
        }
    }

    private JobHistory historyOf() {
        return new JobHistory(
                new JobHistoryStore(sandbox.dataDir().resolve("preview-history.json")),
                sandbox.apiUrl(),
                TaskRunner.inline(),
                Clock.systemUTC());
    }

    private void submit(RenderWorkflow workflow, RenderSource source, String tag) throws Exception {
        RenderRequest request =
                new RenderRequest(
                        source,
                        List.of(tag),
                        List.of(),
                        JobPriority.MEDIUM,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of());
        RenderWorkflow.Outcome outcome = workflow.submit(request);
        Platform.runLater(() -> module.tracker().track(outcome.job(), outcome.title()));
    }

    private static Sequence orphan() {
        var pal = FrameRate.FPS_25.timeBase();
        Segment cut =
                Segment.cut(
                        "VX-999",
                        1,
                        TimeCode.of(0, pal),
                        TimeCode.of(50, pal),
                        TimeCode.of(0, pal),
                        TimeCode.of(50, pal));
        return new Sequence(
                "",
                "Orphaned edit",
                FrameRate.FPS_25,
                null,
                List.of(Track.of(TrackKind.VIDEO, List.of(cut))),
                List.of(),
                Map.of());
    }

    @Override
    public void stop() {
        module.close();
        background.shutdownNow();
        client.close();
        sandbox.stop();
    }
}

package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.TaskRunner;

class RenderViewModelTest {
    private static final String SERVER = "http://127.0.0.1:1/API";

    @TempDir Path dir;

    /** Answers like a server; {@code gate} holds the render answer back until released. */
    private static final class Server implements RenderService {
        final List<Map<String, String>> metadata = new ArrayList<>();
        final CountDownLatch gate = new CountDownLatch(1);
        boolean holdAnswer;
        Runnable whileRendering = () -> {};

        @Override
        public List<ShapeTagOption> shapeTags() {
            return List.of(
                    new ShapeTagOption("lowres", "mp4", "h264", "aac"),
                    new ShapeTagOption("silent", "mp4", "h264", null));
        }

        @Override
        public synchronized JobSnapshot render(RenderRequest r, Map<String, String> m)
                throws IOException {
            metadata.add(m);
            whileRendering.run();
            if (holdAnswer) {
                try {
                    gate.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            return JobSnapshot.of("VX-" + metadata.size(), "CONFORM", JobState.READY);
        }

        @Override
        public void conformMetadata(String itemId) {}
    }

    private final Server server = new Server();

    private RenderViewModel model(TaskRunner runner, JobHistoryStore store) {
        JobHistory history = new JobHistory(store, SERVER, runner, Clock.systemUTC());
        return new RenderViewModel(
                RenderSource.item("VX-10", "vidispine", "Trailer"),
                server,
                new RenderWorkflow(server, history),
                runner);
    }

    @Test
    void offersTheServersTagsAndRefusesATagWithoutAnAudioCodec() {
        RenderViewModel model = model(TaskRunner.inline(), store());
        model.loadTags();

        assertThat(model.availableTags())
                .extracting(ShapeTagOption::name)
                .containsExactly("lowres", "silent");
        model.choose("silent", true);

        assertThat(model.canSubmitProperty().get()).isFalse();
        assertThat(model.problem()).contains("silent").contains("no audio codec");
        model.choose("silent", false);
        model.choose("lowres", true);
        assertThat(model.canSubmitProperty().get()).isTrue();
    }

    @Test
    void priorityDefaultsToMediumAndSubtitlesApplyToItemRendersOnly() {
        RenderViewModel model = model(TaskRunner.inline(), store());
        model.loadTags();
        model.choose("lowres", true);
        model.subtitleLanguageProperty().set("sv");

        RenderRequest request = model.request();

        assertThat(request.priority()).isEqualTo(JobPriority.MEDIUM);
        assertThat(request.subtitleLanguage()).isEqualTo("sv");
        assertThat(model.isItemRender()).isTrue();
    }

    @Test
    void everyRenderCarriesItsItemFormatAndClientAsJobMetadata() {
        RenderViewModel model = model(TaskRunner.inline(), store());
        model.loadTags();
        model.choose("lowres", true);
        model.jobMetadataProperty().set("project=Spring\n\n");

        model.submit();

        assertThat(server.metadata)
                .singleElement()
                .satisfies(
                        m ->
                                assertThat(m)
                                        .containsEntry("itemId", "VX-10")
                                        .containsEntry("sequenceFormat", "vidispine")
                                        .containsEntry("client", "SeqDesk")
                                        .containsEntry("project", "Spring")
                                        .containsKey(JobSnapshot.REQUEST_ID));
    }

    @Test
    void aDoubleClickWhileTheServerThinksSubmitsOnce() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            RenderViewModel model = model(new TaskRunner(background, Runnable::run), store());
            server.holdAnswer = true;
            model.availableTags().setAll(server.shapeTags());
            model.choose("lowres", true);

            model.submit();
            model.submit();
            assertThat(model.canSubmitProperty().get()).isFalse();
            server.gate.countDown();
            background.shutdown();
            background.awaitTermination(5, TimeUnit.SECONDS);
            model.submit();

            assertThat(server.metadata).hasSize(1);
            assertThat(model.submittedProperty().get()).isTrue();
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void theRenderIsInTheHistoryBeforeTheServerIsAsked() {
        JobHistoryStore store = store();
        List<JobRecord> seenDuringRender = new ArrayList<>();
        server.whileRendering = () -> seenDuringRender.addAll(store.forServer(SERVER));
        RenderViewModel model = model(TaskRunner.inline(), store);
        model.loadTags();
        model.choose("lowres", true);

        model.submit();

        assertThat(seenDuringRender)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.isPending()).isTrue();
                            assertThat(r.title()).isEqualTo("Trailer");
                        });
        assertThat(new JobHistoryStore(dir.resolve("h.json")).forServer(SERVER))
                .singleElement()
                .satisfies(r -> assertThat(r.jobId()).isEqualTo("VX-1"));
    }

    private JobHistoryStore store() {
        return new JobHistoryStore(dir.resolve("h.json"));
    }
}

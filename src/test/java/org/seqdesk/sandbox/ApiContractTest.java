package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seqdesk.api.ApiException;
import org.seqdesk.api.Calls;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.DocumentFormat;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.api.doc.ExportRequestDocument;
import org.seqdesk.api.doc.ExportResponseDocument;
import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.api.doc.ItemListDocument;
import org.seqdesk.api.doc.ItemSearchDocument;
import org.seqdesk.api.doc.JobDocument;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.api.doc.MetadataDocument;
import org.seqdesk.api.doc.SequenceDocument;
import org.seqdesk.api.doc.SequenceListDocument;
import org.seqdesk.api.doc.SequenceRenderRequestDocument;
import org.seqdesk.api.doc.TimeCodeDocument;
import org.seqdesk.sandbox.http.RequestLog;
import org.seqdesk.timeline.TimeBase;

/**
 * Every Retrofit call of the client against the sandbox, in both document formats: what the server
 * saw (method, path, query, body type) and what the client parsed.
 */
class ApiContractTest {
    private static final ExportRequestDocument EMPTY =
            new ExportRequestDocument(null, null, null, null, null, null);

    @TempDir static Path dir;
    static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox =
                Sandbox.start(SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.MINIMAL));
    }

    @AfterAll
    static void stop() {
        sandbox.stop();
    }

    private static VidiCoreClient client(DocumentFormat format) {
        return VidiCoreClientFactory.create(
                ClientConfig.builder(sandbox.url())
                        .basicAuth("admin", "admin")
                        .format(format)
                        .build());
    }

    private static RequestLog.Seen seen() {
        return sandbox.requests().last();
    }

    private static SequenceDocument oneSegment(String item, long frames) {
        TimeBase pal = TimeBase.PAL;
        return SequenceDocument.of(
                List.of(
                        new SequenceDocument.Track(
                                false,
                                List.of(
                                        new SequenceDocument.Segment(
                                                item,
                                                1,
                                                TimeCodeDocument.of(0, pal),
                                                TimeCodeDocument.of(frames, pal),
                                                TimeCodeDocument.of(0, pal),
                                                TimeCodeDocument.of(frames, pal),
                                                null)),
                                null)));
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void itemCallsReachTheServerAndParse(DocumentFormat format) throws Exception {
        try (VidiCoreClient c = client(format)) {
            ItemListDocument list = Calls.execute(c.items().list(2, 2, null, "metadata", "title"));
            assertThat(seen().path()).isEqualTo("/API/item");
            assertThat(seen().query())
                    .contains("first=2")
                    .contains("number=2")
                    .contains("content=metadata");
            assertThat(list.items()).hasSize(2);
            assertThat(list.hits()).isGreaterThanOrEqualTo(5);
            assertThat(list.items().get(0).metadataValue("title")).isPresent();

            ItemListDocument found =
                    Calls.execute(
                            c.items()
                                    .search(
                                            ItemSearchDocument.ofText("harbour"),
                                            1,
                                            10,
                                            null,
                                            null,
                                            null));
            assertThat(seen().method()).isEqualTo("PUT");
            assertThat(seen().contentType())
                    .contains(format == DocumentFormat.JSON ? "json" : "xml");
            assertThat(found.items()).extracting(ItemDocument::id).contains("VX-1");

            ItemListDocument cursor = Calls.execute(c.items().list(null, 2, "*", null, null));
            assertThat(cursor.nextCursor()).isNotBlank();

            ItemDocument item =
                    Calls.execute(c.items().get("VX-1", "metadata,shape,thumbnail", null));
            assertThat(item.id()).isEqualTo("VX-1");
            assertThat(item.shapes()).isNotEmpty();
            assertThat(item.thumbnailUris()).isNotEmpty();

            MetadataDocument written =
                    Calls.execute(
                            c.items()
                                    .putMetadata(
                                            "VX-2",
                                            MetadataDocument.ofFields(
                                                    List.of(
                                                            MetadataDocument.Field.of(
                                                                    "description",
                                                                    "Written by the client "
                                                                            + format)))));
            assertThat(seen().method()).isEqualTo("PUT");
            assertThat(written.firstValue("description"))
                    .hasValue("Written by the client " + format);
            assertThat(
                            Calls.execute(c.items().metadata("VX-2", "description"))
                                    .firstValue("description"))
                    .hasValue("Written by the client " + format);

            String shapeId = Calls.execute(c.items().shapes("VX-1", null)).uris().get(0);
            assertThat(Calls.execute(c.items().shape("VX-1", shapeId)).hasTag("original")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void resourceCallsReachTheServerAndParse(DocumentFormat format) throws Exception {
        try (VidiCoreClient c = client(format)) {
            assertThat(Calls.execute(c.shapeTags().list()).uris())
                    .contains("original", "lowres", "h264-preview");
            assertThat(Calls.execute(c.shapeTags().preset("h264-preview")).format())
                    .isEqualTo("mp4");
            String storage = Calls.execute(c.storages().list()).storages().get(0).id();
            assertThat(Calls.execute(c.storages().get(storage)).methods()).isNotEmpty();
            List<String> times = Calls.execute(c.thumbnails().times("VX-1", "VX-1")).uris();
            assertThat(seen().path()).isEqualTo("/API/thumbnail/VX-1/VX-1");
            try (ResponseBody image =
                    Calls.execute(c.thumbnails().image("VX-1", "VX-1", times.get(0)))) {
                byte[] jpeg = image.bytes();
                assertThat(jpeg[0] & 0xff).isEqualTo(0xff);
                assertThat(jpeg[1] & 0xff).isEqualTo(0xd8);
            }
            assertThat(Calls.execute(c.auth().token(30, false)).token()).isNotBlank();
            assertThat(seen().query()).contains("seconds=30");
            assertThat(Calls.execute(c.auth().version()).components()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void sequenceCallsReachTheServerAndParse(DocumentFormat format) throws Exception {
        String item = sandbox.services().items().create("Contract " + format, "admin").siteId();
        try (VidiCoreClient c = client(format)) {
            String xml =
                    new String(
                            org.seqdesk.api.doc.Documents.xml()
                                    .writeValueAsBytes(oneSegment("VX-1", 10)),
                            StandardCharsets.UTF_8);
            ItemDocument put =
                    Calls.execute(
                            c.sequences()
                                    .put(
                                            item,
                                            "vidispine",
                                            RequestBody.create(
                                                    xml, MediaType.get("application/xml")),
                                            null));
            assertThat(seen().method()).isEqualTo("PUT");
            assertThat(seen().path()).isEqualTo("/API/item/" + item + "/sequence/vidispine");
            SequenceListDocument list = Calls.execute(c.sequences().list(item));
            assertThat(list.sequences())
                    .extracting(SequenceListDocument.Entry::id)
                    .containsExactly(put.id());
            try (ResponseBody body = Calls.execute(c.sequences().get(item, "vidispine"))) {
                assertThat(body.string()).contains("VX-1");
            }
            assertThat(seen().accept()).isEqualTo("*/*");

            ExportResponseDocument dry =
                    Calls.execute(
                            c.sequences()
                                    .export(
                                            item,
                                            EMPTY,
                                            null,
                                            "finalcut",
                                            null,
                                            List.of("lowres"),
                                            null,
                                            true,
                                            null));
            assertThat(seen().query()).contains("dryRun=true").contains("tag=lowres");
            assertThat(dry.problems())
                    .extracting(ExportResponseDocument.Problem::type)
                    .contains("MISSING_SHAPE");
            try (ResponseBody data =
                    Calls.execute(
                            c.sequences()
                                    .exportData(
                                            item, "edl", null, null, null, null, null, null,
                                            null))) {
                assertThat(data.string()).contains("001");
            }
            try (ResponseBody multi =
                    Calls.execute(
                            c.sequences()
                                    .exportMultipart(
                                            item, EMPTY, "otio", null, null, null, null, null))) {
                assertThat(multi.string())
                        .contains("ExportResponseDocument")
                        .contains("OTIO_SCHEMA");
            }
            ExportRequestDocument standalone =
                    new ExportRequestDocument(null, null, null, null, null, oneSegment("VX-2", 5));
            assertThat(
                            Calls.execute(
                                            c.sequences()
                                                    .exportSequence(
                                                            standalone,
                                                            null,
                                                            "finalcut-x",
                                                            null,
                                                            null,
                                                            null,
                                                            false,
                                                            null))
                                    .mappings()
                                    .assets())
                    .extracting(ExportResponseDocument.AssetMapping::item)
                    .contains("VX-2");
            try (ResponseBody multi =
                    Calls.execute(
                            c.sequences()
                                    .exportSequenceMultipart(
                                            standalone,
                                            "finalcut",
                                            null,
                                            null,
                                            null,
                                            null,
                                            null))) {
                assertThat(multi.string()).contains("<xmeml");
            }
            Calls.execute(c.sequences().conformMetadata(item));
            assertThat(seen().path()).endsWith("/sequence/conform-metadata");
            Calls.execute(c.sequences().delete(item, "vidispine"));
            assertThat(Calls.execute(c.sequences().list(item)).sequences()).isEmpty();
            assertThatThrownBy(() -> Calls.execute(c.sequences().delete(item, "vidispine")))
                    .isInstanceOf(ApiException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void jobCallsReachTheServerAndParse(DocumentFormat format) throws Exception {
        try (VidiCoreClient c = client(format)) {
            JobDocument render =
                    Calls.execute(
                            c.sequences()
                                    .renderItem(
                                            "VX-4",
                                            List.of("lowres"),
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            JobPriority.LOW,
                                            null,
                                            null,
                                            List.of("client=" + format)));
            assertThat(seen().query())
                    .contains("tag=lowres")
                    .contains("priority=LOW")
                    .contains("jobmetadata=client%3D" + format);
            assertThat(render.state()).isEqualTo(JobState.READY);
            assertThat(render.type()).isEqualTo("CONFORM");
            JobDocument standalone =
                    Calls.execute(
                            c.sequences()
                                    .render(
                                            new SequenceRenderRequestDocument(
                                                    oneSegment(
                                                            sandbox.services()
                                                                    .items()
                                                                    .create("No media", "admin")
                                                                    .siteId(),
                                                            5),
                                                    null),
                                            List.of("lowres"),
                                            null,
                                            null,
                                            null,
                                            null,
                                            JobPriority.HIGH,
                                            null,
                                            null,
                                            null));
            assertThat(standalone.priority()).isEqualTo(JobPriority.HIGH);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            JobDocument waiting = Calls.execute(c.jobs().get(standalone.jobId(), true));
            while (waiting.state() != JobState.WAITING && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                waiting = Calls.execute(c.jobs().get(standalone.jobId(), true));
            }
            assertThat(waiting.state()).isEqualTo(JobState.WAITING);
            assertThat(Calls.execute(c.jobs().problems(standalone.jobId())).problems())
                    .isNotEmpty();
            assertThat(Calls.execute(c.jobs().allProblems()).problems()).isNotEmpty();
            Calls.execute(c.jobs().setPriority(standalone.jobId(), JobPriority.HIGHEST));
            assertThat(seen().query()).isEqualTo("priority=HIGHEST");
            Calls.execute(c.jobs().abort(standalone.jobId(), "contract test", true));
            assertThat(seen().method()).isEqualTo("DELETE");
            JobDocument copy = Calls.execute(c.jobs().rerun(standalone.jobId(), JobPriority.LOW));
            assertThat(copy.jobId()).isNotEqualTo(standalone.jobId());
            Calls.execute(c.jobs().abort(copy.jobId(), null, false));
            JobDocument custom =
                    Calls.execute(
                            c.jobs()
                                    .create(
                                            "NONE",
                                            JobPriority.MEDIUM,
                                            null,
                                            null,
                                            List.of("origin=contract")));
            assertThat(custom.type()).isEqualTo("NONE");
            var mine =
                    Calls.execute(
                            c.jobs()
                                    .list(
                                            false,
                                            "all",
                                            "CONFORM",
                                            1,
                                            100,
                                            "jobId desc",
                                            List.of("client=" + format),
                                            false));
            assertThat(seen().query()).contains("user=false");
            assertThat(mine.jobs()).extracting(JobDocument::jobId).containsExactly(render.jobId());
            assertThatThrownBy(() -> Calls.execute(c.jobs().get("VX-424242", null)))
                    .isInstanceOf(ApiException.class);
        }
    }
}

package org.seqdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.ExportRequestDocument;
import org.seqdesk.api.doc.ItemListDocument;
import org.seqdesk.api.doc.ItemSearchDocument;
import org.seqdesk.api.doc.JobDocument;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.api.doc.SequenceListDocument;

/** What the client puts on the wire, checked on a MockWebServer on loopback. */
class ClientRequestsTest {
    private static final String JOB =
            "{\"jobId\":\"VX-29\",\"user\":\"admin\",\"started\":\"2020-10-02T15:36:54.047+0000\","
                    + "\"status\":\"READY\",\"type\":\"CONFORM\",\"priority\":\"HIGH\"}";

    private MockWebServer server;
    private VidiCoreClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        client = VidiCoreClientFactory.create(config(server.url("/").toString()).build());
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    static ClientConfig.Builder config(String url) {
        return ClientConfig.builder(url)
                .basicAuth("admin", "s3cret-pw")
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(10))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40)));
    }

    private RecordedRequest taken() throws InterruptedException {
        RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        return r;
    }

    @Test
    void baseUrlWithOrWithoutApiLeadsToTheSamePaths() {
        String root = server.url("/").toString();
        assertThat(ClientConfig.apiRoot(root)).isEqualTo(server.url("/API/"));
        assertThat(ClientConfig.apiRoot(root + "API")).isEqualTo(server.url("/API/"));
        assertThat(ClientConfig.apiRoot(root + "API/")).isEqualTo(server.url("/API/"));
        assertThat(ClientConfig.apiRoot("http://u:p@example.test:8080/vc/API?x=1").toString())
                .isEqualTo("http://example.test:8080/vc/API/");
    }

    @Test
    void getCarriesAcceptUserAgentCredentialsAndNoContentType() throws Exception {
        server.enqueue(json("{\"sequence\":[{\"id\":\"VX-7\",\"type\":\"vidispine\"}]}"));
        client.close();
        client =
                VidiCoreClientFactory.create(
                        config(server.url("/API").toString()).runAs("editor").build());

        SequenceListDocument list = Calls.execute(client.sequences().list("VX-42"));

        assertThat(list.sequences())
                .extracting(SequenceListDocument.Entry::type)
                .containsExactly("vidispine");
        RecordedRequest r = taken();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getPath()).isEqualTo("/API/item/VX-42/sequence");
        assertThat(r.getHeader("Content-Type")).isNull();
        assertThat(r.getHeader("Accept")).isEqualTo("application/json");
        assertThat(r.getHeader("User-Agent")).matches("SeqDesk/\\d+\\.\\d+\\.\\d+.*");
        assertThat(r.getHeader("Authorization"))
                .isEqualTo(okhttp3.Credentials.basic("admin", "s3cret-pw"));
        assertThat(r.getHeader("RunAs")).isEqualTo("editor");
    }

    @Test
    void tokenAuthUsesTheTokenScheme() throws Exception {
        client.close();
        client =
                VidiCoreClientFactory.create(
                        config(server.url("/").toString()).token("tok-123").build());
        server.enqueue(json("{\"component\":[{\"name\":\"API\",\"version\":\"5.6\"}]}"));

        assertThat(Calls.execute(client.auth().version()).versionOf("api")).contains("5.6");

        assertThat(taken().getHeader("Authorization")).isEqualTo("token tok-123");
    }

    @Test
    void itemRenderSendsEveryParameterUnderTheServersName() throws Exception {
        server.enqueue(json(JOB));

        JobDocument job =
                Calls.execute(
                        client.sequences()
                                .renderItem(
                                        "VX-42",
                                        List.of("lowres", "mp4"),
                                        List.of("original"),
                                        "lowres",
                                        "en",
                                        "VX-50",
                                        "VX-9",
                                        JobPriority.HIGH,
                                        "VX-3",
                                        "note",
                                        List.of("itemId=VX-42", "who=me")));

        assertThat(job.state()).isEqualTo(JobState.READY);
        RecordedRequest r = taken();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath())
                .isEqualTo(
                        "/API/item/VX-42/sequence/render?tag=lowres&tag=mp4&sourceTag=original"
                                + "&original=lowres&subtitleLanguage=en&destinationItem=VX-50"
                                + "&resourceId=VX-9&priority=HIGH&notification=VX-3"
                                + "&notificationData=note&jobmetadata=itemId%3DVX-42"
                                + "&jobmetadata=who%3Dme");
        assertThat(r.getBodySize()).isZero();
        assertThat(r.getHeader("Content-Type")).isNull();
    }

    @Test
    void nullParametersAreLeftOutSoServerDefaultsApply() throws Exception {
        server.enqueue(json(JOB));

        Calls.execute(
                client.sequences()
                        .renderItem(
                                "VX-1", null, null, null, null, null, null, null, null, null,
                                null));

        assertThat(taken().getPath()).isEqualTo("/API/item/VX-1/sequence/render");
    }

    @Test
    void sequenceGetAcceptsAnyTypeAndPutSendsTheRawBodyAsIs() throws Exception {
        server.enqueue(
                new MockResponse()
                        .setBody("<xmeml/>")
                        .setHeader("Content-Type", "application/final-cut-pro"));
        server.enqueue(json("{\"id\":\"VX-7\"}"));

        try (ResponseBody body = Calls.execute(client.sequences().get("VX-1", "finalcut"))) {
            assertThat(body.string()).isEqualTo("<xmeml/>");
        }
        RequestBody fcp =
                RequestBody.create("<xmeml/>", MediaType.get("application/final-cut-pro"));
        assertThat(Calls.execute(client.sequences().put("VX-1", "finalcut", fcp, 120L)).id())
                .isEqualTo("VX-7");

        RecordedRequest get = taken();
        assertThat(get.getPath()).isEqualTo("/API/item/VX-1/sequence/finalcut");
        assertThat(get.getHeader("Accept")).isEqualTo("*/*");
        RecordedRequest put = taken();
        assertThat(put.getPath()).isEqualTo("/API/item/VX-1/sequence/finalcut?pauseFrame=120");
        assertThat(put.getHeader("Content-Type")).startsWith("application/final-cut-pro");
        assertThat(put.getBody().readUtf8()).isEqualTo("<xmeml/>");
    }

    @Test
    void deleteAcceptsNoContentAndEmptyOk() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(204));
        server.enqueue(json("{}"));

        assertThat(Calls.execute(client.sequences().delete("VX-1", "vidispine"))).isNull();
        assertThat(Calls.execute(client.jobs().abort("VX-2", "user asked", false))).isNull();

        assertThat(taken().getMethod()).isEqualTo("DELETE");
        RecordedRequest abort = taken();
        assertThat(abort.getPath()).isEqualTo("/API/job/VX-2?reason=user%20asked&cleanup=false");
        assertThat(abort.getHeader("Content-Type")).isNull();
    }

    @Test
    void exportDataSendsPathMappingsEncoded() throws Exception {
        server.enqueue(new MockResponse().setBody("<xmeml/>"));

        Calls.execute(
                        client.sequences()
                                .exportData(
                                        "VX-1",
                                        "finalcut",
                                        "*",
                                        List.of("proxy"),
                                        "mp4",
                                        false,
                                        List.of("VX-2=/Volumes/media"),
                                        List.of("VX-3=/a b.mov"),
                                        null))
                .close();

        assertThat(taken().getPath())
                .isEqualTo(
                        "/API/item/VX-1/sequence/export?type=finalcut&content=*&tag=proxy"
                                + "&format=mp4&dryRun=false&storage=VX-2%3D%2FVolumes%2Fmedia"
                                + "&item=VX-3%3D%2Fa%20b.mov");
    }

    @Test
    void jobListForAMonitorAsksForAllUsersJobs() throws Exception {
        server.enqueue(json("{}"));

        assertThat(
                        Calls.execute(
                                        client.jobs()
                                                .list(
                                                        false,
                                                        "STARTED,WAITING",
                                                        "CONFORM",
                                                        1,
                                                        50,
                                                        "startTime desc",
                                                        null,
                                                        null))
                                .jobs())
                .isEmpty();

        assertThat(taken().getPath())
                .isEqualTo(
                        "/API/job?user=false&state=STARTED%2CWAITING&type=CONFORM&first=1"
                                + "&number=50&sort=startTime%20desc");
    }

    @Test
    void xmlClientWritesNamespacedBodiesAndReadsXmlAnswers() throws Exception {
        client.close();
        client =
                VidiCoreClientFactory.create(
                        config(server.url("/").toString()).format(DocumentFormat.XML).build());
        server.enqueue(
                new MockResponse()
                        .setHeader("Content-Type", "application/xml")
                        .setBody(
                                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                        + "<ItemListDocument xmlns=\""
                                        + Documents.NAMESPACE
                                        + "\"><hits>1</hits><item id=\"VX-1\"/>"
                                        + "<nextCursor>c</nextCursor></ItemListDocument>"));

        ItemListDocument page =
                Calls.execute(
                        client.items()
                                .search(
                                        ItemSearchDocument.ofText("dog"),
                                        1,
                                        10,
                                        null,
                                        "metadata",
                                        "title"));

        assertThat(page.items().get(0).id()).isEqualTo("VX-1");
        assertThat(page.nextCursor()).isEqualTo("c");
        RecordedRequest r = taken();
        assertThat(r.getMethod()).isEqualTo("PUT");
        assertThat(r.getHeader("Accept")).isEqualTo("application/xml");
        assertThat(r.getHeader("Content-Type")).startsWith("application/xml");
        assertThat(r.getBody().readUtf8())
                .contains("<ItemSearchDocument xmlns=\"" + Documents.NAMESPACE + "\">")
                .contains("<text>dog</text>");
    }

    @Test
    void multipartExportFindsTheResponseDocumentByContentNotPosition() throws Exception {
        String boundary = "b0undary";
        String body =
                "--"
                        + boundary
                        + "\r\nContent-Type: application/xml\r\n"
                        + "Content-Disposition: attachment; filename=\"cut.xml\"\r\n\r\n"
                        + "<?xml version=\"1.0\"?><xmeml version=\"5\"/>\r\n"
                        + "--"
                        + boundary
                        + "\r\nContent-Type: application/xml\r\n\r\n"
                        + "<ExportResponseDocument xmlns=\""
                        + Documents.NAMESPACE
                        + "\">"
                        + "<problem><type>MISSING_SHAPE</type><message>no proxy</message>"
                        + "</problem><mappings/></ExportResponseDocument>\r\n"
                        + "--"
                        + boundary
                        + "--\r\n";
        server.enqueue(
                new MockResponse()
                        .setHeader("Content-Type", "multipart/mixed; boundary=" + boundary)
                        .setBody(body));
        ExportRequestDocument request =
                new ExportRequestDocument("proxy", null, null, null, null, null);

        MultipartMixed.ExportParts parts =
                MultipartMixed.export(
                        Calls.execute(
                                client.sequences()
                                        .exportMultipart(
                                                "VX-1",
                                                request,
                                                "finalcut",
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)));

        assertThat(parts.response().problems().get(0).type()).isEqualTo("MISSING_SHAPE");
        assertThat(parts.data()).isPresent();
        assertThat(parts.data().get().fileName()).isEqualTo("cut.xml");
        assertThat(
                        new String(
                                parts.data().get().content(),
                                java.nio.charset.StandardCharsets.UTF_8))
                .contains("<xmeml");
        RecordedRequest r = taken();
        assertThat(r.getHeader("Accept")).isEqualTo("multipart/mixed");
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        assertThat(r.getBody().readUtf8()).startsWith("{\"tag\":\"proxy\"");
    }

    @Test
    void credentialsAreNeverSentToAnotherHost() throws Exception {
        try (MockWebServer other = new MockWebServer()) {
            other.start(java.net.InetAddress.getLoopbackAddress(), 0);
            other.enqueue(new MockResponse().setBody(new Buffer().write(new byte[] {1, 2, 3})));

            Calls.execute(client.thumbnails().fetch(other.url("/API/thumbnail/a/b/0@1").toString()))
                    .close();

            RecordedRequest r = other.takeRequest(2, TimeUnit.SECONDS);
            assertThat(r.getHeader("Authorization")).isNull();
            assertThat(r.getHeader("Accept")).isEqualTo("image/*");
        }
    }

    @Test
    void readOnlyClientRefusesChangesWithoutSendingButStillSearches() throws Exception {
        client.close();
        client =
                VidiCoreClientFactory.create(
                        config(server.url("/").toString()).readOnly(true).build());
        server.enqueue(json("{\"hits\":0}"));

        assertThatThrownBy(
                        () ->
                                Calls.execute(
                                        client.sequences()
                                                .renderItem(
                                                        "VX-1",
                                                        List.of("lowres"),
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null)))
                .isInstanceOf(ApiException.ReadOnlyRefused.class);
        assertThatThrownBy(() -> Calls.execute(client.sequences().delete("VX-1", "vidispine")))
                .isInstanceOf(ApiException.ReadOnlyRefused.class);
        assertThat(
                        Calls.execute(
                                        client.items()
                                                .search(
                                                        ItemSearchDocument.ofText("x"),
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null))
                                .hits())
                .isZero();

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(taken().getMethod()).isEqualTo("PUT");
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void nativeSequenceTravelsAsXmlBodyAndReadsBack() throws Exception {
        org.seqdesk.api.doc.SequenceDocument sequence =
                org.seqdesk.api.doc.SequenceDocument.of(
                        List.of(new org.seqdesk.api.doc.SequenceDocument.Track(false, null, null)));
        server.enqueue(json("{\"id\":\"VX-7\"}"));
        server.enqueue(
                new MockResponse()
                        .setHeader("Content-Type", "application/xml")
                        .setBody(Documents.writeXml(sequence)));

        Calls.execute(
                client.sequences()
                        .put(
                                "VX-1",
                                SequenceBodies.VIDISPINE,
                                SequenceBodies.of(sequence, DocumentFormat.XML),
                                null));
        org.seqdesk.api.doc.SequenceDocument back =
                SequenceBodies.read(
                        Calls.execute(client.sequences().get("VX-1", SequenceBodies.VIDISPINE)));

        assertThat(back).isEqualTo(sequence);
        RecordedRequest put = taken();
        assertThat(put.getPath()).isEqualTo("/API/item/VX-1/sequence/vidispine");
        assertThat(put.getHeader("Content-Type")).startsWith("application/xml");
        assertThat(put.getBody().readUtf8()).contains("<SequenceDocument xmlns=");
    }

    @Test
    void runningStatesMakeTheMonitorsFilter() {
        assertThat(JobState.csv(JobState.RUNNING))
                .isEqualTo("ABORTED_PENDING,HOLD,READY,STARTED,VIDINET_JOB,WAITING");
        assertThat(JobState.TERMINAL).allMatch(JobState::isTerminal);
        assertThat(JobState.RUNNING).noneMatch(JobState::isTerminal);
    }
}

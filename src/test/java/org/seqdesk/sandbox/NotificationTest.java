package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job notifications delivered over HTTP to a receiver on loopback. */
class NotificationTest {
    @TempDir static Path dir;
    static Sandbox sandbox;
    static SandboxHttp http;

    private HttpServer receiver;
    private final BlockingQueue<String[]> received = new LinkedBlockingQueue<>();

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.NONE));
        http = new SandboxHttp(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.stop();
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext(
                "/",
                exchange -> {
                    String body =
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8);
                    received.add(
                            new String[] {
                                exchange.getRequestMethod(),
                                exchange.getRequestHeaders().getFirst("Content-Type"),
                                body
                            });
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String receiverUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private String create(String path, String contentType, String document) {
        HttpResponse<String> r = http.send("POST", path, "text/plain", contentType, document);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().strip();
    }

    private String job(String query) {
        HttpResponse<String> r =
                http.send("POST", "/API/job?type=NONE" + query, "application/json", null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.of(r).path("jobId").asText();
    }

    private static String field(JsonNode doc, String key) {
        for (JsonNode f : doc.path("field")) {
            if (f.path("key").asText().equals(key)) {
                return f.path("value").asText();
            }
        }
        return null;
    }

    @Test
    void aPlaceholderIsSentWithTheNotificationDataOnlyForJobsThatNameIt() throws Exception {
        String id =
                create(
                        "/API/notification",
                        "application/json",
                        "{\"action\":{\"http\":{\"url\":\""
                                + receiverUrl()
                                + "\",\"method\":\"PUT\",\"contentType\":\"application/json\"}},"
                                + "\"trigger\":{\"job\":{\"finished\":{}}}}");
        job("");
        String named = job("&notification=" + id + "&notificationData=cut%3D42");

        String[] request = received.poll(20, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request[0]).isEqualTo("PUT");
        assertThat(request[1]).startsWith("application/json");
        JsonNode doc = Json.of(request[2]);
        assertThat(field(doc, "jobId")).isEqualTo(named);
        assertThat(field(doc, "status")).isEqualTo("FINISHED");
        assertThat(field(doc, "notificationData")).isEqualTo("cut=42");
        assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aJobResourceNotificationFiresForEveryJobOfItsTypeAndCanBeReadAndDeleted()
            throws Exception {
        String xml =
                "<NotificationDocument xmlns=\"http://xml.vidispine.com/schema/vidispine\">"
                        + "<action><http><url>"
                        + receiverUrl()
                        + "</url><timeout>5</timeout><retry>1</retry><method>POST</method>"
                        + "<contentType>application/xml</contentType></http></action>"
                        + "<trigger><job><stop/><filter><type>NONE</type></filter></job></trigger>"
                        + "</NotificationDocument>";
        String id = create("/API/job/notification", "application/xml", xml);
        assertThat(http.get("/API/job/notification", "text/plain").body()).isEqualTo(id);
        JsonNode stored = Json.of(http.get("/API/job/notification/" + id, "application/json"));
        assertThat(stored.path("action").path("http").path("url").asText())
                .isEqualTo(receiverUrl());
        assertThat(stored.path("trigger").path("job").has("stop")).isTrue();
        try {
            String a = job("");
            String[] request = received.poll(20, TimeUnit.SECONDS);
            assertThat(request).isNotNull();
            assertThat(request[0]).isEqualTo("POST");
            assertThat(request[2])
                    .contains("<SimpleMetadataDocument")
                    .contains("<key>jobId</key><value>" + a + "</value>")
                    .contains("<key>status</key><value>FINISHED</value>");
        } finally {
            assertThat(
                            http.send("DELETE", "/API/job/notification/" + id, null, null, null)
                                    .statusCode())
                    .isEqualTo(200);
        }
        assertThat(http.get("/API/job/notification", "text/plain").body()).isEmpty();
        assertThat(http.get("/API/job/notification/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void targetsOffThisMachineAreRefusedUnlessConfigured() throws Exception {
        String remote =
                "{\"action\":{\"http\":{\"url\":\"http://192.0.2.7/hook\"}},"
                        + "\"trigger\":{\"job\":{\"stop\":{}}}}";
        for (String url : new String[] {"http://192.0.2.7/hook", "http://example.com/hook"}) {
            HttpResponse<String> r =
                    http.send(
                            "POST",
                            "/API/notification",
                            "application/json",
                            "application/json",
                            remote.replace("http://192.0.2.7/hook", url));
            assertThat(r.statusCode()).as(url).isEqualTo(400);
            assertThat(Json.of(r).path("invalidInput").path("context").asText()).isEqualTo("url");
        }
        SandboxOptions allowed = SandboxOptions.defaults().withRemoteNotifications(true);
        try (Sandbox open =
                Sandbox.start(
                        SandboxConfig.defaults(dir.resolve("open"))
                                .withDemo(SandboxConfig.DemoMode.NONE)
                                .withOptions(allowed))) {
            HttpResponse<String> r =
                    new SandboxHttp(open)
                            .send(
                                    "POST",
                                    "/API/notification",
                                    "text/plain",
                                    "application/json",
                                    remote);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
    }

    @Test
    void aJobNamingAnUnknownNotificationIsRefused() {
        HttpResponse<String> r =
                http.send(
                        "POST",
                        "/API/job?type=NONE&notification=VX-9999",
                        "application/json",
                        null,
                        null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.of(r).path("invalidInput").path("context").asText())
                .isEqualTo("notification");
    }

    @Test
    void aNotificationOnOneJobIsSentForThatJobOnly() throws Exception {
        String source = sandbox.services().items().create("No media", "admin").siteId();
        String body =
                "<SequenceRenderRequestDocument"
                        + " xmlns=\"http://xml.vidispine.com/schema/vidispine\"><sequence><track>"
                        + SequenceApiTest.segment(source, 0, 5, 0)
                        + "</track></sequence></SequenceRenderRequestDocument>";
        String waiting =
                Json.of(
                                http.send(
                                        "POST",
                                        "/API/sequence/render?tag=lowres",
                                        "application/json",
                                        "application/xml",
                                        body))
                        .path("jobId")
                        .asText();
        String id =
                create(
                        "/API/job/" + waiting + "/notification",
                        "application/json",
                        "{\"action\":{\"http\":{\"url\":\""
                                + receiverUrl()
                                + "\",\"contentType\":\"application/json\"}},"
                                + "\"trigger\":{\"job\":{\"stop\":{}}}}");
        assertThat(http.get("/API/job/" + waiting + "/notification", "text/plain").body())
                .isEqualTo(id);
        assertThat(http.get("/API/job/notification", "text/plain").body()).doesNotContain(id);
        assertThat(http.get("/API/job/VX-424242/notification", null).statusCode()).isEqualTo(404);

        job("");
        http.send("DELETE", "/API/job/" + waiting, null, null, null);
        String[] request = received.poll(20, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        JsonNode doc = Json.of(request[2]);
        assertThat(field(doc, "jobId")).isEqualTo(waiting);
        assertThat(field(doc, "status")).isEqualTo("ABORTED");
        assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }
}

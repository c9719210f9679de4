package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.sandbox.auth.User;
import org.seqdesk.sandbox.store.ShapeRow;
import org.seqdesk.sandbox.store.SiteIds;

class JobLifecycleTest {
    @TempDir static Path dir;
    static Sandbox sandbox;
    static SandboxHttp http;

    @BeforeAll
    static void start() {
        List<User> users =
                List.of(
                        User.defaultAdmin(),
                        new User(
                                "editor",
                                "editor",
                                Set.of("_job_read", "_job_write", "_item_search")));
        sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(dir)
                                .withDemo(SandboxConfig.DemoMode.MINIMAL)
                                .withUsers(users));
        http = new SandboxHttp(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.stop();
    }

    static JsonNode job(String id) {
        return Json.of(http.get("/API/job/" + id, "application/json"));
    }

    static JsonNode waitFor(String id, String... states) throws InterruptedException {
        Set<String> wanted = Set.of(states);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode j = job(id);
        while (!wanted.contains(j.path("status").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            j = job(id);
        }
        return j;
    }

    static String data(JsonNode job, String key) {
        for (JsonNode kv : job.path("data")) {
            if (kv.path("key").asText().equals(key)) {
                return kv.path("value").asText();
            }
        }
        return null;
    }

    private static String post(String path, String contentType, String body) {
        HttpResponse<String> r = http.send("POST", path, "application/json", contentType, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode created = Json.of(r);
        assertThat(created.path("status").asText()).isEqualTo("READY");
        assertThat(created.path("type").asText()).isEqualTo("CONFORM");
        return created.path("jobId").asText();
    }

    /** An item without media: a render from it waits for a shape. */
    static String shapelessItem() {
        return sandbox.services().items().create("Source without media", "admin").siteId();
    }

    private static String standaloneBody(String item, long frames) {
        return "<SequenceRenderRequestDocument"
                + " xmlns=\"http://xml.vidispine.com/schema/vidispine\"><sequence>"
                + "<track><audio>false</audio>"
                + SequenceApiTest.segment(item, 0, frames, 0)
                + "</track></sequence><metadata><timespan start=\"-INF\""
                + " end=\"+INF\"><field><name>title</name><value>Rendered"
                + " promo</value></field></timespan></metadata></SequenceRenderRequestDocument>";
    }

    @Test
    void itemRenderMakesARealFileAndAttachesItAsATaggedShape() throws Exception {
        String id =
                post(
                        "/API/item/VX-4/sequence/render?tag=lowres&jobmetadata=project%3Dalpha",
                        null, null);
        JsonNode done = waitFor(id, "FINISHED", "FAILED_TOTAL", "ABORTED");
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("FINISHED");
        assertThat(done.path("currentStep").path("number").asInt()).isEqualTo(3);
        assertThat(done.path("totalSteps").asInt()).isEqualTo(3);
        assertThat(data(done, "item")).isEqualTo("VX-4");
        JsonNode log = done.path("log").path("task");
        assertThat(log).hasSize(3);
        assertThat(log.get(1).path("progress").path("value").asDouble()).isEqualTo(100.0);
        List<ShapeRow> shapes = sandbox.services().shapes().shapes(4);
        ShapeRow rendered =
                shapes.stream().filter(s -> s.hasTag("lowres")).findFirst().orElseThrow();
        assertThat(Files.size(Path.of(rendered.path()))).isGreaterThan(1000);
        assertThat(rendered.width()).isEqualTo(160);

        JsonNode mine =
                Json.of(http.get("/API/job?jobmetadata=project%3Dalpha", "application/json"));
        assertThat(mine.path("hits").asLong()).isEqualTo(1);
        assertThat(
                        Json.of(
                                        http.get(
                                                "/API/job?jobmetadata=itemId%3DVX-4&type=CONFORM&state=FINISHED",
                                                "application/json"))
                                .path("hits")
                                .asLong())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void standaloneRenderCreatesANewItemNamedInTheJobData() throws Exception {
        String id =
                post(
                        "/API/sequence/render?tag=h264-preview&priority=HIGH",
                        "application/xml",
                        standaloneBody("VX-1", 10));
        JsonNode done = waitFor(id, "FINISHED", "FAILED_TOTAL", "ABORTED");
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("FINISHED");
        assertThat(done.path("priority").asText()).isEqualTo("HIGH");
        String item = data(done, "item");
        assertThat(item).isNotBlank().isNotEqualTo("VX-1");
        JsonNode doc =
                Json.of(
                        http.get(
                                "/API/item/" + item + "?content=metadata,shape",
                                "application/json"));
        assertThat(doc.toString()).contains("Rendered promo").contains("h264-preview");
    }

    @Test
    void aFinishedRenderGivesItsItemThumbnailsAndAPoster() throws Exception {
        String id =
                post(
                        "/API/sequence/render?tag=h264-preview",
                        "application/xml",
                        standaloneBody("VX-2", 10));
        JsonNode done = waitFor(id, "FINISHED", "FAILED_TOTAL", "ABORTED");
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("FINISHED");
        String item = data(done, "item");
        long row = SiteIds.parse(item).orElseThrow();

        assertThat(sandbox.services().shapes().thumbnails(row, "thumbnail")).hasSize(2);
        assertThat(sandbox.services().shapes().thumbnails(row, "poster")).hasSize(1);
        JsonNode doc =
                Json.of(http.get("/API/item/" + item + "?content=thumbnail", "application/json"));
        assertThat(doc.path("thumbnails").path("uri")).isNotEmpty();
    }

    @Test
    void renderWaitsWithProblemsWhileASourceLacksTheShapeAndResumes() throws Exception {
        String id =
                post(
                        "/API/sequence/render?tag=lowres&sourceTag=proxy",
                        "application/xml",
                        standaloneBody("VX-2", 10));
        JsonNode waiting = waitFor(id, "WAITING", "FAILED_TOTAL");
        assertThat(waiting.path("status").asText()).isEqualTo("WAITING");
        JsonNode problems = Json.of(http.get("/API/job/" + id + "/problem", "application/json"));
        assertThat(problems.path("problem").get(0).path("type").asText())
                .isEqualTo("MISSING_SHAPE");
        assertThat(problems.toString()).contains("VX-2");
        assertThat(http.get("/API/job/problem", "application/json").body()).contains(id);

        ShapeRow original = sandbox.services().shapes().shapes(2).get(0);
        sandbox.services()
                .shapes()
                .addShape(
                        new ShapeRow(
                                0,
                                2,
                                List.of("proxy"),
                                original.container(),
                                original.mimeType(),
                                original.storageId(),
                                original.path(),
                                original.size(),
                                original.rate(),
                                original.duration(),
                                original.width(),
                                original.height(),
                                original.audioChannels(),
                                original.created()));
        JsonNode done = waitFor(id, "FINISHED", "FAILED_TOTAL");
        assertThat(done.path("status").asText()).isEqualTo("FINISHED");
        assertThat(
                        Json.of(http.get("/API/job/" + id + "/problem", "application/json"))
                                .path("problem"))
                .isEmpty();
    }

    @Test
    void abortOfAWaitingJobEndsAborted() throws Exception {
        String id =
                post(
                        "/API/sequence/render?tag=lowres",
                        "application/xml",
                        standaloneBody(shapelessItem(), 10));
        assertThat(waitFor(id, "WAITING").path("status").asText()).isEqualTo("WAITING");
        HttpResponse<String> abort =
                http.send(
                        "DELETE",
                        "/API/job/" + id + "?reason=not%20needed",
                        "application/json",
                        null,
                        null);
        assertThat(abort.statusCode()).isEqualTo(200);
        assertThat(Json.of(abort).path("status").asText()).isIn("ABORTED_PENDING", "ABORTED");
        assertThat(waitFor(id, "ABORTED").path("status").asText()).isEqualTo("ABORTED");
        assertThat(http.get("/API/job/" + id, "text/plain").body()).isEqualTo("ABORTED");
    }

    @Test
    void abortOfARenderingJobStopsFfmpegAndAddsNoShape() throws Exception {
        // 20 minutes of output: long enough to be caught while rendering.
        String id =
                post(
                        "/API/sequence/render?tag=lowres",
                        "application/xml",
                        standaloneBody("VX-3", 30_000));
        JsonNode running = job(id);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (running.path("currentStep").path("number").asInt() < 2
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            running = job(id);
        }
        assertThat(running.path("status").asText()).isEqualTo("STARTED");
        http.send("DELETE", "/API/job/" + id, null, null, null);
        JsonNode aborted = waitFor(id, "ABORTED", "FINISHED", "FAILED_TOTAL");
        assertThat(aborted.path("status").asText()).isEqualTo("ABORTED");
        String item = data(aborted, "item");
        assertThat(http.get("/API/item/" + item + "/shape", "text/plain").body()).isEmpty();
    }

    @Test
    void priorityChangesAndReRunCopiesTheJob() throws Exception {
        String id =
                post(
                        "/API/sequence/render?tag=lowres&priority=LOW",
                        "application/xml",
                        standaloneBody(shapelessItem(), 5));
        HttpResponse<String> changed =
                http.send(
                        "PUT",
                        "/API/job/" + id + "?priority=HIGHEST",
                        "application/json",
                        null,
                        null);
        assertThat(Json.of(changed).path("priority").asText()).isEqualTo("HIGHEST");
        assertThat(
                        http.send("PUT", "/API/job/" + id + "?priority=URGENT", null, null, null)
                                .statusCode())
                .isEqualTo(400);
        http.send("DELETE", "/API/job/" + id + "?cleanup=false", null, null, null);
        waitFor(id, "ABORTED");
        HttpResponse<String> rerun =
                http.send("POST", "/API/job/" + id + "/re-run", "application/json", null, null);
        JsonNode copy = Json.of(rerun);
        assertThat(copy.path("jobId").asText()).isNotEqualTo(id);
        assertThat(copy.path("priority").asText()).isEqualTo("HIGHEST");
        assertThat(copy.path("type").asText()).isEqualTo("CONFORM");
        http.send(
                "DELETE",
                "/API/job/" + copy.path("jobId").asText() + "?cleanup=false",
                null,
                null,
                null);
    }

    @Test
    void jobListShowsOnlyTheCallersJobsUnlessUserIsFalse() throws Exception {
        post("/API/sequence/render?tag=lowres", "application/xml", standaloneBody("VX-999999", 5));
        JsonNode mine = Json.of(http.get("/API/job?number=1000", "application/json"));
        assertThat(mine.path("hits").asLong()).isGreaterThanOrEqualTo(1);
        SandboxHttp editor = http.as(SandboxHttp.basic("editor", "editor"));
        assertThat(Json.of(editor.get("/API/job", "application/json")).path("hits").asLong())
                .isZero();
        JsonNode all = Json.of(editor.get("/API/job?user=false&number=1000", "application/json"));
        assertThat(all.path("hits").asLong()).isEqualTo(mine.path("hits").asLong());
        JsonNode page =
                Json.of(
                        http.get(
                                "/API/job;first=1;number=1;sort=jobId%20desc", "application/json"));
        assertThat(page.path("job")).hasSize(1);
        assertThat(page.path("hits").asLong()).isEqualTo(mine.path("hits").asLong());
        JsonNode desc =
                Json.of(http.get("/API/job?sort=jobId%20desc&number=1000", "application/json"));
        assertThat(page.path("job").get(0).path("jobId").asText())
                .isEqualTo(desc.path("job").get(0).path("jobId").asText());
        assertThat(http.get("/API/job?state=BOGUS", null).statusCode()).isEqualTo(400);
        assertThat(http.get("/API/job?sort=colour%20asc", null).statusCode()).isEqualTo(400);
        assertThat(http.get("/API/job?type=TRANSCODE", "text/plain").body()).isEmpty();
        assertThat(
                        Json.of(http.get("/API/job/VX-123456", "application/json"))
                                .path("notFound")
                                .path("type")
                                .asText())
                .isEqualTo("Job");
    }
}

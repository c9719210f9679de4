package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render parameters that shape the result: pauseFrame on PUT, subtitleLanguage on render. */
class RenderParametersTest {
    @TempDir static Path dir;
    static Sandbox sandbox;
    static SandboxHttp http;

    @BeforeAll
    static void start() {
        sandbox =
                Sandbox.start(SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.MINIMAL));
        http = new SandboxHttp(sandbox);
    }

    static JsonNode waitFor(String id, String... states) throws InterruptedException {
        java.util.Set<String> wanted = java.util.Set.of(states);
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        JsonNode j = Json.of(http.get("/API/job/" + id, "application/json"));
        while (!wanted.contains(j.path("status").asText())
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            j = Json.of(http.get("/API/job/" + id, "application/json"));
        }
        return j;
    }

    @AfterAll
    static void stop() {
        sandbox.stop();
    }

    private static String editItem() {
        return sandbox.services().items().create("Growing edit", "admin").siteId();
    }

    private static void put(String item, String query, long frames) {
        HttpResponse<String> r =
                http.send(
                        "PUT",
                        "/API/item/" + item + "/sequence/vidispine" + query,
                        null,
                        "application/xml",
                        SequenceApiTest.sequenceXml(SequenceApiTest.segment("VX-1", 0, frames, 0)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    static String render(String item, String query) {
        HttpResponse<String> r =
                http.send(
                        "POST",
                        "/API/item/" + item + "/sequence/render?tag=lowres" + query,
                        "application/json",
                        null,
                        null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.of(r).path("jobId").asText();
    }

    @Test
    void aRenderHoldsAtThePauseFrameUntilTheSequenceIsPutAgain() throws Exception {
        String item = editItem();
        put(item, "?pauseFrame=10", 50);
        String job = render(item, "");

        JsonNode waiting = waitFor(job, "WAITING", "FINISHED", "FAILED_TOTAL");
        assertThat(waiting.path("status").asText()).isEqualTo("WAITING");
        JsonNode problem =
                Json.of(http.get("/API/job/" + job + "/problem", "application/json"))
                        .path("problem")
                        .get(0);
        assertThat(problem.path("type").asText()).isEqualTo("PAUSED");
        assertThat(problem.toString()).contains("pauseFrame").contains("10");
        assertThat(JobLifecycleTest.data(waiting, "pauseFrame")).isEqualTo("10");

        put(item, "", 20);
        JsonNode done = waitFor(job, "FINISHED", "FAILED_TOTAL", "ABORTED");
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("FINISHED");
        assertThat(JobLifecycleTest.data(done, "pauseNote")).contains("paused at frame 10");
        assertThat(http.get("/API/item/" + item + "/shape?tag=lowres", "text/plain").body())
                .isNotBlank();
    }

    @Test
    void aPauseFrameAtOrAfterTheEndDoesNotHoldTheRender() throws Exception {
        String item = editItem();
        put(item, "?pauseFrame=10", 10);
        String job = render(item, "");
        JsonNode done = waitFor(job, "FINISHED", "FAILED_TOTAL", "WAITING");
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("FINISHED");
        assertThat(JobLifecycleTest.data(done, "pauseFrame")).isNull();
    }
}

package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders of sequences whose segments name items that are missing, or that lack media. */
class MissingSourceItemTest {
    @TempDir Path dir;

    private static JsonNode waitFor(SandboxHttp http, String job, String... states)
            throws InterruptedException {
        Set<String> wanted = Set.of(states);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode j = Json.of(http.get("/API/job/" + job, "application/json"));
        while (!wanted.contains(j.path("status").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            j = Json.of(http.get("/API/job/" + job, "application/json"));
        }
        return j;
    }

    private static String putAndRender(Sandbox sandbox, SandboxHttp http, String source) {
        String item = sandbox.services().items().create("Edit", "admin").siteId();
        HttpResponse<String> put =
                http.send(
                        "PUT",
                        "/API/item/" + item + "/sequence/vidispine",
                        "application/json",
                        "application/xml",
                        SequenceApiTest.sequenceXml(SequenceApiTest.segment(source, 0, 10, 0)));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        HttpResponse<String> render =
                http.send(
                        "POST",
                        "/API/item/" + item + "/sequence/render?tag=lowres",
                        "application/json",
                        null,
                        null);
        assertThat(render.statusCode()).as(render.body()).isEqualTo(200);
        return Json.of(render).path("jobId").asText();
    }

    @Test
    void aSequenceNamingAMissingItemIsStoredAndItsRenderFailsNamingTheItem() throws Exception {
        try (Sandbox sandbox =
                Sandbox.start(SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.NONE))) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String job = putAndRender(sandbox, http, "VX-555555");

            JsonNode failed = waitFor(http, job, "FAILED_TOTAL", "FINISHED", "WAITING");
            assertThat(failed.path("status").asText()).isEqualTo("FAILED_TOTAL");
            assertThat(JobLifecycleTest.data(failed, "errorMessage"))
                    .contains("VX-555555")
                    .contains("does not exist");
            assertThat(failed.path("log").toString()).contains("VX-555555");
            assertThat(Json.of(http.get("/API/job/" + job + "/problem", "application/json")))
                    .allSatisfy(p -> assertThat(p).isEmpty());
        }
    }

    @Test
    void anExistingItemWithoutTheShapeKeepsTheRenderWaitingWithAProblem() throws Exception {
        try (Sandbox sandbox =
                Sandbox.start(SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.NONE))) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String source = sandbox.services().items().create("No media", "admin").siteId();
            String job = putAndRender(sandbox, http, source);

            JsonNode waiting = waitFor(http, job, "WAITING", "FAILED_TOTAL");
            assertThat(waiting.path("status").asText()).isEqualTo("WAITING");
            JsonNode problem =
                    Json.of(http.get("/API/job/" + job + "/problem", "application/json"))
                            .path("problem")
                            .get(0);
            assertThat(problem.path("type").asText()).isEqualTo("MISSING_SHAPE");
            assertThat(problem.toString()).contains(source);
            http.send("DELETE", "/API/job/" + job, null, null, null);
            assertThat(waitFor(http, job, "ABORTED").path("status").asText()).isEqualTo("ABORTED");
        }
    }

    @Test
    void configuredToWaitAMissingItemIsAProblemUntilAborted() throws Exception {
        SandboxOptions wait =
                SandboxOptions.defaults()
                        .withMissingSourceItem(SandboxOptions.MissingSourceItem.WAIT);
        try (Sandbox sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(dir)
                                .withDemo(SandboxConfig.DemoMode.NONE)
                                .withOptions(wait))) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String job = putAndRender(sandbox, http, "VX-555555");

            assertThat(waitFor(http, job, "WAITING", "FAILED_TOTAL").path("status").asText())
                    .isEqualTo("WAITING");
            String problems = http.get("/API/job/" + job + "/problem", "application/json").body();
            assertThat(problems).contains("MISSING_ITEM").contains("VX-555555");
            http.send("DELETE", "/API/job/" + job, null, null, null);
            assertThat(waitFor(http, job, "ABORTED").path("status").asText()).isEqualTo("ABORTED");
        }
    }
}

package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxRestartTest {
    @TempDir Path dir;

    private static String waitForStatus(SandboxHttp http, String job, String status)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String s = "";
        while (!s.equals(status) && Instant.now().isBefore(deadline)) {
            s = http.get("/API/job/" + job, "text/plain").body();
            Thread.sleep(50);
        }
        return s;
    }

    @Test
    void stateSurvivesARestartAndInterruptedJobsAreFailed() throws Exception {
        SandboxConfig config = SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.NONE);
        String item;
        String source;
        String job;
        try (Sandbox first = Sandbox.start(config)) {
            SandboxHttp http = new SandboxHttp(first);
            item = first.services().items().create("Kept across restarts", "admin").siteId();
            source = first.services().items().create("No media yet", "admin").siteId();
            http.send(
                    "PUT",
                    "/API/item/" + item + "/metadata",
                    null,
                    "application/json",
                    "{\"timespan\":[{\"field\":[{\"name\":\"title\",\"value\":[{\"value\":\"Kept"
                            + " across restarts\"}]}],\"start\":\"-INF\",\"end\":\"+INF\"}]}");
            http.send(
                    "PUT",
                    "/API/item/" + item + "/sequence/vidispine",
                    null,
                    "application/xml",
                    SequenceApiTest.sequenceXml(SequenceApiTest.segment(source, 0, 25, 0)));
            JsonNode created =
                    Json.of(
                            http.send(
                                    "POST",
                                    "/API/item/" + item + "/sequence/render?tag=lowres",
                                    "application/json",
                                    null,
                                    null));
            job = created.path("jobId").asText();
            assertThat(waitForStatus(http, job, "WAITING")).isEqualTo("WAITING");
        }
        try (Sandbox second = Sandbox.start(config)) {
            SandboxHttp http = new SandboxHttp(second);
            assertThat(
                            http.get("/API/item/" + item + "?content=metadata", "application/json")
                                    .body())
                    .contains("Kept across restarts");
            assertThat(http.get("/API/item/" + item + "/sequence/vidispine", null).body())
                    .contains("<item>" + source + "</item>");
            assertThat(http.get("/API/shape-tag", "text/plain").body()).contains("lowres");
            JsonNode failed = Json.of(http.get("/API/job/" + job, "application/json"));
            assertThat(failed.path("status").asText()).isEqualTo("FAILED_TOTAL");
            assertThat(failed.toString())
                    .contains("errorMessage")
                    .contains("stopped while this job was running");
            assertThat(
                            Json.of(
                                            http.send(
                                                    "PUT",
                                                    "/API/item",
                                                    "application/json",
                                                    "application/json",
                                                    "{\"text\":[\"restarts\"]}"))
                                    .path("hits")
                                    .asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void tokensSurviveARestartUntilTheyExpireAndAreNotStoredInClear() throws Exception {
        SandboxConfig config = SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.NONE);
        String lasting;
        String brief;
        try (Sandbox first = Sandbox.start(config)) {
            SandboxHttp http = new SandboxHttp(first);
            lasting = http.get("/API/token?seconds=600", "text/plain").body().strip();
            brief = http.get("/API/token?seconds=1", "text/plain").body().strip();
        }
        byte[] database = Files.readAllBytes(dir.resolve("db").resolve("sandbox.mv.db"));
        String raw = new String(database, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(lasting).doesNotContain(brief);
        Thread.sleep(1100);
        try (Sandbox second = Sandbox.start(config)) {
            SandboxHttp anonymous = new SandboxHttp(second).as(null);
            assertThat(anonymous.as("token " + lasting).get("/API/item", null).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> expired = anonymous.as("token " + brief).get("/API/item", null);
            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(expired.headers().firstValue("WWW-Authenticate")).isPresent();
        }
    }

    @Test
    void partialFilesOfAKilledProcessAreRemovedAtStart() throws Exception {
        SandboxConfig config = SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.NONE);
        try (Sandbox first = Sandbox.start(config)) {
            first.services().items().create("Keep the database", "admin");
        }
        Path renders = Files.createDirectories(dir.resolve("media").resolve("renders"));
        Path halfRender =
                Files.writeString(renders.resolve(".VX-1-lowres-VX-3.mp4-123.part.mp4"), "x");
        Path halfExport = Files.writeString(dir.resolve("media").resolve("edit.xml.part"), "x");
        Path finished = Files.writeString(renders.resolve("VX-1-lowres-VX-2.mp4"), "x");
        try (Sandbox second = Sandbox.start(config)) {
            assertThat(halfRender).doesNotExist();
            assertThat(halfExport).doesNotExist();
            assertThat(finished).exists();
        }
    }

    @Test
    void aPortInUseFailsTheStartAndReleasesTheDatabase() {
        SandboxConfig config =
                SandboxConfig.defaults(dir.resolve("a")).withDemo(SandboxConfig.DemoMode.NONE);
        try (Sandbox first = Sandbox.start(config)) {
            SandboxConfig clash =
                    SandboxConfig.defaults(dir.resolve("b"))
                            .withDemo(SandboxConfig.DemoMode.NONE)
                            .withPort(first.port());
            assertThatThrownBy(() -> Sandbox.start(clash)).isInstanceOf(RuntimeException.class);
            try (Sandbox again = Sandbox.start(clash.withPort(0))) {
                assertThat(again.port()).isPositive().isNotEqualTo(first.port());
            }
        }
    }

    @Test
    void freshStartWipesTheDataFolder() {
        SandboxConfig config = SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.NONE);
        try (Sandbox first = Sandbox.start(config)) {
            first.services().items().create("Gone after fresh", "admin");
        }
        try (Sandbox second = Sandbox.start(config.withFresh(true))) {
            assertThat(second.services().items().count()).isZero();
        }
    }
}

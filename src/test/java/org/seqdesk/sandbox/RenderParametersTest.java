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

    private static void subtitles(String item, String lang, long... spans) {
        StringBuilder json = new StringBuilder("{\"timespan\":[");
        for (int i = 0; i < spans.length; i += 2) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"start\":\"")
                    .append(spans[i])
                    .append("@PAL\",\"end\":\"")
                    .append(spans[i + 1])
                    .append("@PAL\",\"field\":[{\"name\":\"stl_text\",\"value\":[{\"value\":")
                    .append("\"Line ")
                    .append(i / 2 + 1)
                    .append(" it's here\",\"lang\":\"")
                    .append(lang)
                    .append("\"}]}]}");
        }
        json.append("]}");
        HttpResponse<String> r =
                http.send(
                        "PUT",
                        "/API/item/" + item + "/metadata",
                        null,
                        "application/json",
                        json.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** The rendered lowres shape's file of a finished job's item, newest first. */
    private static Path lowres(String item) {
        return sandbox
                .services()
                .shapes()
                .shapes(org.seqdesk.sandbox.store.SiteIds.parse(item).orElseThrow())
                .stream()
                .filter(s -> s.hasTag("lowres"))
                .map(s -> Path.of(s.path()))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    /** The bottom quarter of the frame at {@code seconds}, as grey bytes. */
    private static byte[] bottom(Path media, String seconds) throws Exception {
        org.seqdesk.sandbox.media.Ffmpeg ffmpeg = org.seqdesk.sandbox.media.Ffmpeg.get();
        Process p =
                ffmpeg.processBuilder(
                                java.util.List.of(
                                        ffmpeg.executable().toString(),
                                        "-v",
                                        "error",
                                        "-ss",
                                        seconds,
                                        "-i",
                                        media.toString(),
                                        "-frames:v",
                                        "1",
                                        "-vf",
                                        "crop=iw:ih/4:0:ih*3/4,format=gray",
                                        "-f",
                                        "rawvideo",
                                        "-"))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        return out;
    }

    private static double difference(byte[] a, byte[] b) {
        assertThat(a).hasSameSizeAs(b).isNotEmpty();
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
        }
        return (double) sum / a.length;
    }

    @Test
    void subtitlesOfTheLanguageAreBurntInWhileTheirSpanLasts() throws Exception {
        String plain = editItem();
        put(plain, "", 50);
        String subtitled = editItem();
        put(subtitled, "", 50);
        subtitles(subtitled, "en", 0, 25);
        subtitles(subtitled, "de", 0, 50);
        String a = render(plain, "");
        String b = render(subtitled, "&subtitleLanguage=en");
        assertThat(waitFor(a, "FINISHED", "FAILED_TOTAL").path("status").asText())
                .isEqualTo("FINISHED");
        JsonNode done = waitFor(b, "FINISHED", "FINISHED_WARNING", "FAILED_TOTAL");
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("FINISHED");
        assertThat(JobLifecycleTest.data(done, "subtitleLanguage")).isEqualTo("en");

        double during = difference(bottom(lowres(plain), "0.5"), bottom(lowres(subtitled), "0.5"));
        double after = difference(bottom(lowres(plain), "1.5"), bottom(lowres(subtitled), "1.5"));
        assertThat(during).as("during %s, after %s", during, after).isGreaterThan(after * 3 + 2);
    }

    @Test
    void aLanguageWithoutSubtitlesFinishesWithAWarning() throws Exception {
        String item = editItem();
        put(item, "", 10);
        subtitles(item, "en", 0, 5);
        JsonNode done =
                waitFor(
                        render(item, "&subtitleLanguage=fr"),
                        "FINISHED",
                        "FINISHED_WARNING",
                        "FAILED_TOTAL");
        assertThat(done.path("status").asText()).isEqualTo("FINISHED_WARNING");
        assertThat(JobLifecycleTest.data(done, "warningMessage"))
                .contains("language fr")
                .contains("without subtitles");
    }

    @Test
    void overlappingSubtitlesFailTheRender() throws Exception {
        String item = editItem();
        put(item, "", 10);
        subtitles(item, "en", 0, 6, 4, 10);
        JsonNode done =
                waitFor(
                        render(item, "&subtitleLanguage=en"),
                        "FINISHED",
                        "FINISHED_WARNING",
                        "FAILED_TOTAL");
        assertThat(done.path("status").asText()).isEqualTo("FAILED_TOTAL");
        assertThat(JobLifecycleTest.data(done, "errorMessage")).contains("overlap");
    }

    @Test
    void aMalformedSubtitleLanguageIsRefused() {
        String item = editItem();
        put(item, "", 10);
        HttpResponse<String> r =
                http.send(
                        "POST",
                        "/API/item/" + item + "/sequence/render?tag=lowres&subtitleLanguage=%24%24",
                        "application/json",
                        null,
                        null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.of(r).path("invalidInput").path("context").asText())
                .isEqualTo("subtitleLanguage");
    }

    @Test
    void conformedSubtitlesKeepTheirLanguageAndAreBurntIn() throws Exception {
        subtitles("VX-1", "sv", 0, 25);
        String item = editItem();
        put(item, "", 50);
        HttpResponse<String> conform =
                http.send(
                        "POST",
                        "/API/item/" + item + "/sequence/conform-metadata",
                        null,
                        null,
                        null);
        assertThat(conform.statusCode()).isEqualTo(200);
        assertThat(http.get("/API/item/" + item + "/metadata", "application/json").body())
                .contains("\"lang\":\"sv\"");
        JsonNode done =
                waitFor(
                        render(item, "&subtitleLanguage=sv"),
                        "FINISHED",
                        "FINISHED_WARNING",
                        "FAILED_TOTAL");
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("FINISHED");
        assertThat(JobLifecycleTest.data(done, "subtitleLanguage")).isEqualTo("sv");
    }
}

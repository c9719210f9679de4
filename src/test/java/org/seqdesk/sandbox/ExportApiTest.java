package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportApiTest {
    private final Sandbox sandbox = SharedSandbox.get();
    private final SandboxHttp http = new SandboxHttp(sandbox);

    /** The minimal demo's "simple cut" sequence item. */
    private static final String SEQUENCE_ITEM = "VX-4";

    private String storageId() {
        return sandbox.services().shapes().storages().get(0).siteId();
    }

    @Test
    void getExportReturnsFinalCutXmlPointingAtTheOriginals() {
        HttpResponse<String> r =
                http.get("/API/item/" + SEQUENCE_ITEM + "/sequence/export?type=finalcut", "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<xmeml").contains("<pathurl>file:");
    }

    @Test
    void storageMappingRewritesMediaPaths() {
        String url =
                "/API/item/"
                        + SEQUENCE_ITEM
                        + "/sequence/export?type=finalcut&storage="
                        + storageId()
                        + "=/Volumes/media";
        assertThat(http.get(url, "*/*").body()).contains("file:///Volumes/media/VX-1.mp4");
        String item =
                "/API/item/"
                        + SEQUENCE_ITEM
                        + "/sequence/export?type=finalcut&item=VX-1=/mnt/x/clip.mov";
        assertThat(http.get(item, "*/*").body()).contains("file:///mnt/x/clip.mov");
    }

    @Test
    void dryRunListsMissingShapesAndWritesNothing() throws Exception {
        Path target = sandbox.services().mediaDir().resolve("exports/dry.xml");
        String url =
                "/API/item/"
                        + SEQUENCE_ITEM
                        + "/sequence/export?type=finalcut&tag=lowres&dryRun=true&uri="
                        + target.toUri();
        HttpResponse<String> r = http.send("POST", url, "application/json", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode problems = Json.of(r).path("problem");
        assertThat(problems.size()).isGreaterThanOrEqualTo(1);
        assertThat(problems.get(0).path("type").asText()).isEqualTo("MISSING_SHAPE");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void uriWritesTheExportOntoASandboxStorage() throws Exception {
        Path target = sandbox.services().mediaDir().resolve("exports/cut.fcpxml.xml");
        String url =
                "/API/item/"
                        + SEQUENCE_ITEM
                        + "/sequence/export?type=finalcut&uri="
                        + target.toUri();
        HttpResponse<String> r = http.send("POST", url, "application/json", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Json.of(r).path("mappings").path("asset").size()).isEqualTo(3);
        assertThat(Files.readString(target)).contains("<xmeml");
    }

    @Test
    void uriOutsideTheStoragesIsRefused() {
        for (String uri :
                new String[] {
                    "file:///tmp/outside.xml",
                    "file:///etc/passwd",
                    "http://127.0.0.1/x",
                    sandbox.services().mediaDir().toUri() + "../escape.xml"
                }) {
            HttpResponse<String> r =
                    http.send(
                            "POST",
                            "/API/item/"
                                    + SEQUENCE_ITEM
                                    + "/sequence/export?type=finalcut&uri="
                                    + uri,
                            "application/json",
                            null,
                            null);
            assertThat(r.statusCode()).as(uri).isEqualTo(400);
            assertThat(Json.of(r).path("invalidInput").path("context").asText()).isEqualTo("uri");
        }
    }

    @Test
    void aafIsAnsweredWithAClearProblem() {
        HttpResponse<String> r =
                http.send(
                        "POST",
                        "/API/item/" + SEQUENCE_ITEM + "/sequence/export?type=aaf",
                        "application/json",
                        null,
                        null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Json.of(r).path("problem").toString())
                .contains("UNSUPPORTED_FORMAT")
                .contains("aaf");
        assertThat(
                        http.get("/API/item/" + SEQUENCE_ITEM + "/sequence/export?type=aaf", "*/*")
                                .statusCode())
                .isEqualTo(400);
        assertThat(
                        http.get(
                                        "/API/item/"
                                                + SEQUENCE_ITEM
                                                + "/sequence/export?type=nonsense",
                                        "*/*")
                                .statusCode())
                .isEqualTo(400);
    }

    @Test
    void multipartMixedCarriesTheResponseAndTheData() {
        HttpResponse<String> r =
                http.send(
                        "POST",
                        "/API/item/" + SEQUENCE_ITEM + "/sequence/export?type=vidispine",
                        "multipart/mixed",
                        null,
                        null);
        assertThat(r.statusCode()).isEqualTo(200);
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertThat(type).startsWith("multipart/mixed; boundary=");
        String boundary = type.substring(type.indexOf("boundary=") + 9);
        String[] parts = r.body().split("--" + boundary);
        assertThat(parts[1]).contains("ExportResponseDocument");
        assertThat(parts[2])
                .contains("Content-Disposition: attachment")
                .contains("SequenceDocument");
    }

    @Test
    void shapeFormatMustMatchAsWellAsTheTag() {
        String base =
                "/API/item/"
                        + SEQUENCE_ITEM
                        + "/sequence/export?type=finalcut&dryRun=true&tag=original";
        assertThat(
                        Json.of(
                                        http.send(
                                                "POST",
                                                base + "&format=mp4",
                                                "application/json",
                                                null,
                                                null))
                                .path("problem")
                                .toString())
                .doesNotContain("MISSING_SHAPE");
        assertThat(
                        Json.of(
                                        http.send(
                                                "POST",
                                                base + "&format=mov",
                                                "application/json",
                                                null,
                                                null))
                                .path("problem")
                                .toString())
                .contains("MISSING_SHAPE");
    }

    @Test
    void contentWithoutMediaLeavesClipsUnlinked() {
        String body =
                http.get(
                                "/API/item/"
                                        + SEQUENCE_ITEM
                                        + "/sequence/export?type=finalcut&content=sequence",
                                "*/*")
                        .body();
        assertThat(body).contains("<xmeml").doesNotContain("<pathurl>");
        assertThat(
                        http.get(
                                        "/API/item/"
                                                + SEQUENCE_ITEM
                                                + "/sequence/export?type=finalcut&content=bogus",
                                        "*/*")
                                .statusCode())
                .isEqualTo(400);
    }

    @Test
    void standaloneExportWritesTheSequenceInTheBody() {
        String body =
                "<ExportRequestDocument"
                        + " xmlns=\"http://xml.vidispine.com/schema/vidispine\"><sequence>"
                        + "<track><audio>false</audio>"
                        + SequenceApiTest.segment("VX-2", 0, 25, 0)
                        + "</track></sequence></ExportRequestDocument>";
        HttpResponse<String> r =
                http.send(
                        "POST",
                        "/API/sequence/export?type=finalcut",
                        "multipart/mixed",
                        "application/xml",
                        body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<xmeml").contains("VX-2.mp4");
        HttpResponse<String> missing =
                http.send(
                        "POST",
                        "/API/sequence/export?type=finalcut",
                        "application/json",
                        "application/xml",
                        "<ExportRequestDocument"
                                + " xmlns=\"http://xml.vidispine.com/schema/vidispine\"/>");
        assertThat(missing.statusCode()).isEqualTo(400);
    }
}

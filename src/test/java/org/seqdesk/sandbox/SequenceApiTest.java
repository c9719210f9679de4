package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seqdesk.sandbox.store.MetadataStore;
import org.seqdesk.sandbox.store.MetadataValue;

class SequenceApiTest {
    static final String NS = "xmlns=\"http://xml.vidispine.com/schema/vidispine\"";

    private final Sandbox sandbox = SharedSandbox.get();
    private final SandboxHttp http = new SandboxHttp(sandbox);

    static String tc(long samples, int fps) {
        return "<samples>"
                + samples
                + "</samples><timeBase><numerator>1</numerator><denominator>"
                + fps
                + "</denominator></timeBase>";
    }

    static String segment(String item, long in, long out, long sourceIn) {
        return "<segment><item>"
                + item
                + "</item><sourceTrack>1</sourceTrack><in>"
                + tc(in, 25)
                + "</in><out>"
                + tc(out, 25)
                + "</out><sourceIn>"
                + tc(sourceIn, 25)
                + "</sourceIn><sourceOut>"
                + tc(sourceIn + out - in, 25)
                + "</sourceOut></segment>";
    }

    static String sequenceXml(String... segments) {
        return "<SequenceDocument "
                + NS
                + "><track><audio>false</audio>"
                + String.join("", segments)
                + "</track></SequenceDocument>";
    }

    private String newItem(String title) {
        return sandbox.services()
                .db()
                .inTransaction(
                        c -> {
                            var row = sandbox.services().items().create(c, title, "admin");
                            sandbox.services()
                                    .metadata()
                                    .replace(
                                            c,
                                            row.id(),
                                            List.of(MetadataStore.generic("title", title)),
                                            "admin");
                            return row.siteId();
                        });
    }

    @Test
    void putStoresAVidispineSequenceAndKeepsSequenceMetadata() {
        String id = newItem("Edit one");
        HttpResponse<String> put =
                http.send(
                        "PUT",
                        "/API/item/" + id + "/sequence/vidispine",
                        "application/json",
                        "application/octet-stream",
                        sequenceXml(segment("VX-1", 0, 25, 0), segment("VX-2", 25, 50, 0)));
        assertThat(put.statusCode()).isEqualTo(200);
        String sequenceId = Json.of(put).path("id").asText();
        JsonNode list = Json.of(http.get("/API/item/" + id + "/sequence", "application/json"));
        assertThat(list.path("sequence").get(0).path("id").asText()).isEqualTo(sequenceId);
        assertThat(list.path("sequence").get(0).path("type").asText()).isEqualTo("vidispine");
        JsonNode md = Json.of(http.get("/API/item/" + id + "/metadata", "application/json"));
        assertThat(md.toString())
                .contains("__sequence_size")
                .contains("\"value\":\"1\"")
                .contains("__sequence");
        String xml = http.get("/API/item/" + id + "/sequence/vidispine", "*/*").body();
        assertThat(xml).contains("SequenceDocument").contains("<item>VX-2</item>");
        JsonNode json =
                Json.of(http.get("/API/item/" + id + "/sequence/vidispine", "application/json"));
        assertThat(json.path("track").get(0).path("segment")).hasSize(2);
    }

    @Test
    void jsonSequenceDocumentsAreAccepted() {
        String id = newItem("Edit json");
        String body =
                "{\"track\":[{\"audio\":false,\"segment\":[{\"item\":\"VX-1\",\"sourceTrack\":1,"
                    + "\"in\":{\"samples\":0,\"timeBase\":{\"numerator\":1,\"denominator\":25}},"
                    + "\"out\":{\"samples\":25,\"timeBase\":{\"numerator\":1,\"denominator\":25}},"
                    + "\"sourceIn\":{\"samples\":0,\"timeBase\":{\"numerator\":1,\"denominator\":25}},"
                    + "\"sourceOut\":{\"samples\":25,\"timeBase\":{\"numerator\":1,\"denominator\":25}}}]}]}";
        assertThat(
                        http.send(
                                        "PUT",
                                        "/API/item/" + id + "/sequence/vidispine",
                                        null,
                                        "application/json",
                                        body)
                                .statusCode())
                .isEqualTo(200);
    }

    @Test
    void segmentWithoutItemOrSourceTrackIsInvalidInput() {
        String id = newItem("Bad edit");
        String noItem =
                sequenceXml(
                        "<segment><sourceTrack>1</sourceTrack><in>"
                                + tc(0, 25)
                                + "</in><out>"
                                + tc(5, 25)
                                + "</out></segment>");
        HttpResponse<String> r =
                http.send(
                        "PUT",
                        "/API/item/" + id + "/sequence/vidispine",
                        "application/json",
                        "application/xml",
                        noItem);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.of(r).path("invalidInput").isObject()).isTrue();
        String noTrack =
                sequenceXml(
                        "<segment><item>VX-1</item><in>"
                                + tc(0, 25)
                                + "</in><out>"
                                + tc(5, 25)
                                + "</out></segment>");
        assertThat(
                        http.send(
                                        "PUT",
                                        "/API/item/" + id + "/sequence/vidispine",
                                        null,
                                        "application/xml",
                                        noTrack)
                                .statusCode())
                .isEqualTo(400);
        assertThat(http.get("/API/item/" + id + "/sequence", "application/json").body())
                .doesNotContain("vidispine");
    }

    @Test
    void nleFormatsAreParsedAndReadBackInOtherFormats() {
        String id = newItem("Edit fcp");
        http.send(
                "PUT",
                "/API/item/" + id + "/sequence/vidispine",
                null,
                "application/xml",
                sequenceXml(segment("VX-1", 0, 25, 0)));
        HttpResponse<String> fcp = http.get("/API/item/" + id + "/sequence/finalcut", "*/*");
        assertThat(fcp.statusCode()).isEqualTo(200);
        assertThat(fcp.body()).contains("<xmeml");
        String other = newItem("Edit from fcp");
        assertThat(
                        http.send(
                                        "PUT",
                                        "/API/item/" + other + "/sequence/finalcut",
                                        null,
                                        "application/xml",
                                        fcp.body())
                                .statusCode())
                .isEqualTo(200);
        assertThat(http.get("/API/item/" + other + "/sequence/vidispine", null).body())
                .contains("<item>VX-1</item>");
        assertThat(
                        http.send(
                                        "PUT",
                                        "/API/item/" + other + "/sequence/finalcut",
                                        null,
                                        "application/xml",
                                        "<nonsense/>")
                                .statusCode())
                .isEqualTo(400);
    }

    @Test
    void deleteRemovesOneFormatAndUpdatesTheCount() {
        String id = newItem("Edit delete");
        http.send(
                "PUT",
                "/API/item/" + id + "/sequence/vidispine",
                null,
                "application/xml",
                sequenceXml(segment("VX-1", 0, 25, 0)));
        http.send(
                "PUT",
                "/API/item/" + id + "/sequence/aaf",
                null,
                "application/aaf",
                "opaque bytes");
        assertThat(
                        Json.of(http.get("/API/item/" + id + "/sequence", "application/json"))
                                .path("sequence"))
                .hasSize(2);
        assertThat(
                        http.send("DELETE", "/API/item/" + id + "/sequence/aaf", null, null, null)
                                .statusCode())
                .isEqualTo(200);
        assertThat(
                        http.send("DELETE", "/API/item/" + id + "/sequence/aaf", null, null, null)
                                .statusCode())
                .isEqualTo(404);
        JsonNode md =
                Json.of(
                        http.get(
                                "/API/item/" + id + "/metadata?field=__sequence_size",
                                "application/json"));
        assertThat(md.toString()).contains("\"value\":\"1\"");
    }

    @Test
    void conformMetadataMovesTimedSourceMetadataOntoTheTimeline() {
        String source = newItem("Source with scenes");
        long sourceId = Long.parseLong(source.substring(3));
        sandbox.services()
                .db()
                .execute(
                        c ->
                                sandbox.services()
                                        .metadata()
                                        .replace(
                                                c,
                                                sourceId,
                                                List.of(
                                                        new MetadataValue(
                                                                "scene", "arrival", "0@25", "50@25",
                                                                "", "", null),
                                                        new MetadataValue(
                                                                "scene",
                                                                "departure",
                                                                "50@25",
                                                                "100@25",
                                                                "",
                                                                "",
                                                                null)),
                                                "admin"));
        String seq = newItem("Conformed edit");
        // Source 40-60 placed at 100-120: "arrival" covers source 40-50 -> timeline 100-110.
        http.send(
                "PUT",
                "/API/item/" + seq + "/sequence/vidispine",
                null,
                "application/xml",
                sequenceXml(segment(source, 100, 120, 40)));
        assertThat(
                        http.send(
                                        "POST",
                                        "/API/item/" + seq + "/sequence/conform-metadata",
                                        null,
                                        null,
                                        null)
                                .statusCode())
                .isEqualTo(200);
        JsonNode md =
                Json.of(http.get("/API/item/" + seq + "/metadata?field=scene", "application/json"));
        assertThat(md.toString())
                .contains("\"start\":\"100@25\",\"end\":\"110@25\"")
                .contains("arrival")
                .contains("\"start\":\"110@25\",\"end\":\"120@25\"")
                .contains("departure");
    }

    @Test
    void sequenceOfAnUnknownItemOrFormatIsNotFound() {
        assertThat(http.get("/API/item/VX-999999/sequence", null).statusCode()).isEqualTo(404);
        String id = newItem("Empty");
        assertThat(
                        Json.of(
                                        http.get(
                                                "/API/item/" + id + "/sequence/vidispine",
                                                "application/json"))
                                .path("notFound")
                                .isObject())
                .isTrue();
        assertThat(http.get("/API/item/" + id + "/sequence", "application/json").body())
                .isIn("{}", "{\"sequence\":[]}");
    }
}

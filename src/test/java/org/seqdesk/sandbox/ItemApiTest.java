package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ItemApiTest {
    private final Sandbox sandbox = SharedSandbox.get();
    private final SandboxHttp http = new SandboxHttp(sandbox);

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
                                            java.util.List.of(
                                                    org.seqdesk.sandbox.store.MetadataStore.generic(
                                                            "title", title)),
                                            "admin");
                            return row.siteId();
                        });
    }

    @Test
    void listPagesAreOneBasedWithHitsBeforePaging() {
        JsonNode all = Json.of(http.get("/API/item?number=1000", "application/json"));
        long hits = all.path("hits").asLong();
        assertThat(all.path("item")).hasSize((int) hits);
        JsonNode page = Json.of(http.get("/API/item?first=2&number=2", "application/json"));
        assertThat(page.path("hits").asLong()).isEqualTo(hits);
        assertThat(page.path("item").get(0).path("id").asText())
                .isEqualTo(all.path("item").get(1).path("id").asText());
        assertThat(page.path("item")).hasSize(2);
    }

    @Test
    void matrixParametersWorkLikeQueryParameters() {
        String query = http.get("/API/item?first=2&number=1", "application/json").body();
        String matrix = http.get("/API/item;first=2;number=1", "application/json").body();
        assertThat(matrix).isEqualTo(query);
    }

    @Test
    void cursorWalksEveryItemOnce() {
        long hits =
                Json.of(http.get("/API/item?number=0", "application/json")).path("hits").asLong();
        String cursor = "*";
        int seen = 0;
        for (int i = 0; i < 100; i++) {
            JsonNode page =
                    Json.of(http.get("/API/item?number=2&cursor=" + cursor, "application/json"));
            seen += page.path("item").size();
            if (page.path("item").size() == 0) {
                break;
            }
            cursor = page.path("nextCursor").asText();
        }
        assertThat(seen).isEqualTo(hits);
        assertThat(http.get("/API/item?cursor=bogus", null).statusCode()).isEqualTo(400);
    }

    @Test
    void itemWithoutContentIsJustItsId() {
        JsonNode item = Json.of(http.get("/API/item/VX-1", "application/json"));
        assertThat(item.path("id").asText()).isEqualTo("VX-1");
        assertThat(item.has("metadata")).isFalse();
        assertThat(http.get("/API/item/VX-1", "text/plain").body()).isEqualTo("VX-1");
    }

    @Test
    void itemWithContentHasMetadataShapesAndThumbnails() {
        JsonNode item =
                Json.of(
                        http.get(
                                "/API/item/VX-1?content=metadata,shape,thumbnail,poster,uri&field=title",
                                "application/json"));
        JsonNode fields = item.path("metadata").path("timespan").get(0).path("field");
        assertThat(fields).hasSize(1);
        assertThat(fields.get(0).path("value").get(0).path("value").asText())
                .isEqualTo("Harbour at dawn");
        assertThat(item.path("shape").get(0).path("tag").get(0).asText()).isEqualTo("original");
        assertThat(item.path("files").path("uri").get(0).asText()).startsWith("file:");
        String thumb = item.path("thumbnails").path("uri").get(0).asText();
        assertThat(thumb).contains("/API/thumbnail/VX-1/VX-1/");
        HttpResponse<String> image = http.get(thumb.substring(thumb.indexOf("/API/")), null);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(item.path("posters").path("uri")).hasSize(1);
    }

    @Test
    void xmlIsTheDefaultAndNamespaced() {
        HttpResponse<String> r = http.get("/API/item/VX-1?content=metadata", null);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(r.body())
                .contains("<ItemDocument xmlns=\"http://xml.vidispine.com/schema/vidispine\"");
        assertThat(http.get("/API/item/VX-1", "*/*").body()).contains("<ItemDocument");
    }

    @Test
    void freeTextSearchFindsTitlesAndMetadataWords() {
        String id = newItem("Zebra crossing at midnight");
        String body = "{\"text\":[\"zebra\"]}";
        JsonNode hits =
                Json.of(
                        http.send(
                                "PUT",
                                "/API/item?content=metadata",
                                "application/json",
                                "application/json",
                                body));
        assertThat(hits.path("hits").asLong()).isEqualTo(1);
        assertThat(hits.path("item").get(0).path("id").asText()).isEqualTo(id);
        String xml =
                "<ItemSearchDocument"
                    + " xmlns=\"http://xml.vidispine.com/schema/vidispine\"><field><name>title</name><value>Zebra"
                    + " crossing at midnight</value></field></ItemSearchDocument>";
        JsonNode byField =
                Json.of(http.send("PUT", "/API/item", "application/json", "application/xml", xml));
        assertThat(byField.path("item").get(0).path("id").asText()).isEqualTo(id);
        JsonNode none =
                Json.of(
                        http.send(
                                "PUT",
                                "/API/item",
                                "application/json",
                                "application/json",
                                "{\"text\":[\"okapi\"]}"));
        assertThat(none.path("hits").asLong()).isZero();
    }

    @Test
    void metadataWriteReplacesTheFieldAndFeedsSearch() {
        String id = newItem("Before");
        String doc =
                "{\"timespan\":[{\"field\":[{\"name\":\"title\",\"value\":[{\"value\":\"After the"
                    + " storm\"}]},"
                    + "{\"name\":\"scene\",\"value\":[{\"value\":\"opening\"}]}],\"start\":\"0@25\",\"end\":\"25@25\"},{\"field\":[{\"name\":\"title\",\"value\":[{\"value\":\"After"
                    + " the storm\"}]}],\"start\":\"-INF\",\"end\":\"+INF\"}]}";
        HttpResponse<String> r =
                http.send(
                        "PUT",
                        "/API/item/" + id + "/metadata",
                        "application/json",
                        "application/json",
                        doc);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode md =
                Json.of(http.get("/API/item/" + id + "/metadata?field=title", "application/json"));
        assertThat(md.toString()).contains("After the storm").doesNotContain("Before");
        JsonNode found =
                Json.of(
                        http.send(
                                "PUT",
                                "/API/item",
                                "application/json",
                                "application/json",
                                "{\"text\":[\"storm\"]}"));
        assertThat(found.toString()).contains(id);
        String bad =
                "{\"timespan\":[{\"field\":[{\"name\":\"bad"
                    + " name!\",\"value\":[{\"value\":\"x\"}]}],\"start\":\"-INF\",\"end\":\"+INF\"}]}";
        HttpResponse<String> refused =
                http.send(
                        "PUT",
                        "/API/item/" + id + "/metadata",
                        "application/json",
                        "application/json",
                        bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Json.of(refused).path("invalidInput").path("context").asText())
                .isEqualTo("metadata-field");
    }

    @Test
    void placeholderImportMakesASearchableItemWithoutMedia() {
        String doc =
                "<MetadataDocument xmlns=\"http://xml.vidispine.com/schema/vidispine\">"
                        + "<timespan start=\"-INF\" end=\"+INF\"><field><name>title</name>"
                        + "<value>Placeholder for a cut</value></field></timespan>"
                        + "</MetadataDocument>";
        HttpResponse<String> r =
                http.send(
                        "POST",
                        "/API/import/placeholder?container=0",
                        "application/json",
                        "application/xml",
                        doc);
        assertThat(r.statusCode()).isEqualTo(200);
        String id = Json.of(r).path("id").asText();
        assertThat(id).startsWith("VX-");
        JsonNode item =
                Json.of(
                        http.get(
                                "/API/item/" + id + "?content=metadata,shape", "application/json"));
        assertThat(item.toString()).contains("Placeholder for a cut");
        assertThat(http.get("/API/item/" + id + "/shape", "text/plain").body()).isEmpty();
        JsonNode found =
                Json.of(
                        http.send(
                                "PUT",
                                "/API/item",
                                "application/json",
                                "application/json",
                                "{\"text\":[\"placeholder\"]}"));
        assertThat(found.toString()).contains(id);
    }

    @Test
    void placeholderImportRefusesSystemFieldsAndBadCounts() {
        String system =
                "{\"timespan\":[{\"field\":[{\"name\":\"__sequence\",\"value\":[{\"value\":"
                        + "\"x\"}]}],\"start\":\"-INF\",\"end\":\"+INF\"}]}";
        long before =
                Json.of(http.get("/API/item?number=0", "application/json")).path("hits").asLong();
        HttpResponse<String> refused =
                http.send(
                        "POST",
                        "/API/import/placeholder",
                        "application/json",
                        "application/json",
                        system);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(
                        http.send("POST", "/API/import/placeholder?video=lots", null, null, null)
                                .statusCode())
                .isEqualTo(400);
        assertThat(
                        Json.of(http.get("/API/item?number=0", "application/json"))
                                .path("hits")
                                .asLong())
                .isEqualTo(before);
    }

    @Test
    void shapesAreListedAndServedWithTags() {
        JsonNode shapes = Json.of(http.get("/API/item/VX-1/shape", "application/json"));
        String shapeId = shapes.path("uri").get(0).asText();
        JsonNode shape = Json.of(http.get("/API/item/VX-1/shape/" + shapeId, "application/json"));
        assertThat(shape.path("tag").get(0).asText()).isEqualTo("original");
        assertThat(shape.path("mimeType").get(0).asText()).isEqualTo("video/mp4");
        assertThat(http.get("/API/item/VX-1/shape?tag=lowres", "text/plain").body()).isEmpty();
        assertThat(http.get("/API/item/VX-1/shape/VX-999", null).statusCode()).isEqualTo(404);
    }

    @Test
    void shapeTagsCarryTranscodePresets() {
        assertThat(http.get("/API/shape-tag", "text/plain").body().split("\r\n"))
                .contains("original", "lowres", "h264-preview");
        JsonNode preset = Json.of(http.get("/API/shape-tag/lowres", "application/json"));
        assertThat(preset.path("format").asText()).isEqualTo("mp4");
        assertThat(preset.path("video").path("codec").asText()).isEqualTo("h264");
        String doc =
                "{\"format\":\"mov\",\"video\":{\"codec\":\"h264\",\"bitrate\":500000},\"audio\":{\"codec\":\"pcm_s16le\"}}";
        assertThat(
                        http.send("PUT", "/API/shape-tag/edit-proxy", null, "application/json", doc)
                                .statusCode())
                .isEqualTo(200);
        assertThat(
                        Json.of(http.get("/API/shape-tag/edit-proxy", "application/json"))
                                .path("format")
                                .asText())
                .isEqualTo("mov");
        assertThat(http.send("DELETE", "/API/shape-tag/edit-proxy", null, null, null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> gone = http.get("/API/shape-tag/edit-proxy", "application/json");
        assertThat(Json.of(gone).path("notFound").path("type").asText()).isEqualTo("shape-tag");
    }

    @Test
    void storagesAreListed() {
        JsonNode list = Json.of(http.get("/API/storage", "application/json"));
        String id = list.path("storage").get(0).path("id").asText();
        assertThat(
                        Json.of(http.get("/API/storage/" + id, "application/json"))
                                .path("method")
                                .get(0)
                                .path("uri")
                                .asText())
                .startsWith("file:");
    }

    @Test
    void unknownItemsAreNotFoundInEveryForm() {
        assertThat(
                        Json.of(http.get("/API/item/VX-424242", "application/json"))
                                .path("notFound")
                                .path("type")
                                .asText())
                .isEqualTo("Item");
        assertThat(http.get("/API/item/XX-1", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/API/item/VX-424242", "text/plain").body()).startsWith("404 ");
        assertThat(http.get("/API/item?number=abc", "text/plain").body())
                .isEqualTo("400 An invalid parameter was entered");
    }
}

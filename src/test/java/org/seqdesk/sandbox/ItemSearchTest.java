package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ItemSearchDocument criteria over HTTP: values, ranges, operators, text, sort and paging. */
class ItemSearchTest {
    private static final AtomicInteger BATCH = new AtomicInteger();
    private static final String NS = "xmlns=\"http://xml.vidispine.com/schema/vidispine\"";

    private final Sandbox sandbox = SharedSandbox.get();
    private final SandboxHttp http = new SandboxHttp(sandbox);
    private String batch;
    private String news;
    private String sport;
    private String drama;

    /** Three items of one batch: news 1999, sport 2005, drama 2012. */
    @BeforeEach
    void threeItems() {
        batch = "batch" + BATCH.incrementAndGet() + "x" + System.nanoTime();
        news = item("Morning bulletin", "news", "1999");
        sport = item("Cup final", "sport", "2005");
        drama = item("Harbour lights", "drama", "2012");
    }

    private String item(String title, String genre, String year) {
        String id = sandbox.services().items().create(title, "admin").siteId();
        String body =
                "{\"timespan\":[{\"start\":\"-INF\",\"end\":\"+INF\",\"field\":["
                        + field("title", title)
                        + ","
                        + field("genre", genre)
                        + ","
                        + field("year", year)
                        + ","
                        + field("batch", batch)
                        + "]}]}";
        HttpResponse<String> r =
                http.send("PUT", "/API/item/" + id + "/metadata", null, "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return id;
    }

    private static String field(String name, String value) {
        return "{\"name\":\"" + name + "\",\"value\":[{\"value\":\"" + value + "\"}]}";
    }

    private String inBatch() {
        return field("batch", batch);
    }

    private JsonNode search(String query, String contentType, String document) {
        HttpResponse<String> r =
                http.send("PUT", "/API/item" + query, "application/json", contentType, document);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.of(r);
    }

    private List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.path("item").forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    private List<String> searchIds(String json) {
        return ids(search("", "application/json", json));
    }

    @Test
    void valuesOfOneFieldAreAlternativesAndFieldsMustAllMatch() {
        assertThat(
                        searchIds(
                                "{\"field\":["
                                        + inBatch()
                                        + ",{\"name\":\"genre\",\"value\":[{\"value\":\"NEWS\"},"
                                        + "{\"value\":\"sport\"}]}]}"))
                .containsExactly(news, sport);
        assertThat(
                        searchIds(
                                "{\"field\":["
                                        + inBatch()
                                        + ",{\"name\":\"genre\",\"value\":[{\"value\":\"dra*\"}]}]}"))
                .containsExactly(drama);
    }

    @Test
    void rangesCompareNumbersAndHonourExclusiveBounds() {
        String range =
                "{\"field\":["
                        + inBatch()
                        + ",{\"name\":\"year\",\"range\":[{\"value\":[{\"value\":\"2000\"},"
                        + "{\"value\":\"2020\"}]%s}]}]}";
        assertThat(searchIds(String.format(range, ""))).containsExactly(sport, drama);
        assertThat(searchIds(String.format(range, ",\"exclusiveMinimum\":true")))
                .containsExactly(sport, drama);
        String exclusive =
                "{\"field\":["
                        + inBatch()
                        + ",{\"name\":\"year\",\"range\":[{\"value\":[{\"value\":\"2005\"},"
                        + "{\"value\":\"*\"}],\"exclusiveMinimum\":true}]}]}";
        assertThat(searchIds(exclusive)).containsExactly(drama);
    }

    @Test
    void operatorsNestAndNotExcludes() {
        String nested =
                "{\"field\":["
                        + inBatch()
                        + "],\"operator\":[{\"operation\":\"OR\",\"field\":["
                        + field("genre", "news")
                        + "],\"operator\":[{\"operation\":\"AND\",\"field\":["
                        + field("genre", "drama")
                        + ","
                        + field("year", "2012")
                        + "]}]}]}";
        assertThat(searchIds(nested)).containsExactly(news, drama);
        String not =
                "{\"field\":["
                        + inBatch()
                        + "],\"operator\":[{\"operation\":\"NOT\",\"field\":["
                        + field("genre", "sport")
                        + "]}]}";
        assertThat(searchIds(not)).containsExactly(news, drama);
        String notText =
                "{\"field\":["
                        + inBatch()
                        + "],\"operator\":[{\"operation\":\"NOT\",\"text\":[\"harbour\"]}]}";
        assertThat(searchIds(notText)).containsExactly(news, sport);
    }

    @Test
    void anXmlDocumentWithTextOperatorAndSortIsHonoured() {
        String xml =
                "<ItemSearchDocument "
                        + NS
                        + "><text>"
                        + batch
                        + "</text><operator operation=\"NOT\"><field><name>genre</name>"
                        + "<value>news</value></field></operator>"
                        + "<sort><field>year</field><order>descending</order></sort>"
                        + "</ItemSearchDocument>";
        assertThat(ids(search("", "application/xml", xml))).containsExactly(drama, sport);
    }

    @Test
    void sortWithFirstAndNumberPagesInSortOrder() {
        String byTitle =
                "{\"field\":[" + inBatch() + "],\"sort\":[{\"field\":\"title\",\"order\":\"%s\"}]}";
        assertThat(searchIds(String.format(byTitle, "ascending")))
                .containsExactly(sport, drama, news);
        assertThat(searchIds(String.format(byTitle, "descending")))
                .containsExactly(news, drama, sport);
        JsonNode page =
                search(
                        "?first=2&number=1",
                        "application/json",
                        String.format(byTitle, "ascending"));
        assertThat(page.path("hits").asLong()).isEqualTo(3);
        assertThat(ids(page)).containsExactly(drama);
    }

    @Test
    void getWithQTakesTheSameDocument() {
        String doc =
                "{\"field\":["
                        + inBatch()
                        + "],\"sort\":[{\"field\":\"year\",\"order\":\"descending\"}]}";
        JsonNode viaGet =
                Json.of(
                        http.get(
                                "/API/item?number=2&q="
                                        + URLEncoder.encode(doc, StandardCharsets.UTF_8),
                                "application/json"));
        assertThat(viaGet.path("hits").asLong()).isEqualTo(3);
        assertThat(ids(viaGet)).containsExactly(drama, sport);
    }

    @Test
    void fieldAliasesRenameTheReturnedMetadata() {
        JsonNode hit =
                search(
                                "?content=metadata&field=title:name,year",
                                "application/json",
                                "{\"field\":[" + field("genre", "news") + "," + inBatch() + "]}")
                        .path("item")
                        .get(0);
        String metadata = hit.path("metadata").toString();
        assertThat(metadata)
                .contains("\"name\":\"name\"")
                .contains("Morning bulletin")
                .contains("\"name\":\"year\"")
                .doesNotContain("\"name\":\"title\"")
                .doesNotContain("genre");
        String one =
                http.get("/API/item/" + news + "/metadata?field=genre:kind", "application/json")
                        .body();
        assertThat(one).contains("\"name\":\"kind\"").contains("news").doesNotContain("year");
    }

    @Test
    void malformedSearchDocumentsAre400ExceptionDocuments() {
        for (String bad :
                List.of(
                        "{\"operator\":[{\"operation\":\"XOR\"}]}",
                        "{\"field\":[{\"name\":\"year\",\"range\":[{\"value\":[\"1\"]}]}]}",
                        "{\"sort\":[{\"field\":\"title\",\"order\":\"sideways\"}]}",
                        "{\"sort\":[{\"order\":\"ascending\"}]}",
                        "{\"field\":[{\"name\":\"9bad\"}]}",
                        "{\"colour\":\"red\"}",
                        "{\"text\":[[\"nested\"]]}")) {
            HttpResponse<String> r =
                    http.send("PUT", "/API/item", "application/json", "application/json", bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(Json.of(r).path("invalidInput").isObject()).as(bad).isTrue();
        }
        HttpResponse<String> cursorAndSort =
                http.send(
                        "PUT",
                        "/API/item?cursor=*",
                        "application/json",
                        "application/json",
                        "{\"sort\":[{\"field\":\"title\"}]}");
        assertThat(cursorAndSort.statusCode()).isEqualTo(400);
    }
}

package org.seqdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.api.doc.Documents;

/**
 * The order the user picks reaches the server as the search document's {@code sort}, page after
 * page, and the rows keep the server's order. Checked on a MockWebServer because the request is
 * what matters here, not a particular server's sorting.
 */
class ApiItemSourceSortTest {
    private static final String TWO_ITEMS =
            "<ItemListDocument xmlns=\""
                    + Documents.NAMESPACE
                    + "\"><hits>250</hits>"
                    + item("VX-9", "Zebra crossing")
                    + item("VX-3", "Apple orchard")
                    + "</ItemListDocument>";

    private MockWebServer server;
    private VidiCoreClient client;
    private ApiItemSource source;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
        client =
                VidiCoreClientFactory.create(
                        ClientConfig.builder(server.url("/").toString())
                                .basicAuth("admin", "admin")
                                .build());
        source = new ApiItemSource(client.items());
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    private static String item(String id, String title) {
        return "<item id=\""
                + id
                + "\"><metadata><timespan start=\"-INF\" end=\"+INF\"><field><name>title</name>"
                + "<value>"
                + title
                + "</value></field></timespan></metadata></item>";
    }

    private RecordedRequest answered() throws InterruptedException {
        RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        return r;
    }

    private void enqueueTwoItems() {
        server.enqueue(
                new MockResponse().setHeader("Content-Type", "application/xml").setBody(TWO_ITEMS));
    }

    @Test
    void aSecondPageSortedByTitleDescendingAsksTheServerForThatOrder() throws Exception {
        enqueueTwoItems();

        ItemPage page = source.search(ItemQuery.parse("harbour", "title", false), 101, 100);

        RecordedRequest r = answered();
        assertThat(r.getMethod()).isEqualTo("PUT");
        assertThat(r.getRequestUrl().queryParameter("first")).isEqualTo("101");
        assertThat(r.getRequestUrl().queryParameter("number")).isEqualTo("100");
        assertThat(r.getBody().readUtf8())
                .contains("\"text\":[\"harbour\"]")
                .contains("\"sort\":[{\"field\":\"title\",\"order\":\"descending\"}]");
        assertThat(page.hits()).isEqualTo(250);
        assertThat(page.rows()).extracting(ItemRow::id).containsExactly("VX-9", "VX-3");
    }

    @Test
    void ascendingByCreationDateSendsAscending() throws Exception {
        enqueueTwoItems();

        source.search(ItemQuery.parse("", "created", true), 1, 100);

        assertThat(answered().getBody().readUtf8())
                .contains("\"sort\":[{\"field\":\"created\",\"order\":\"ascending\"}]");
    }

    @Test
    void withoutAChosenOrderTheSearchCarriesNoSort() throws Exception {
        enqueueTwoItems();

        source.search(ItemQuery.parse("harbour"), 1, 100);

        assertThat(answered().getBody().readUtf8()).doesNotContain("\"order\"");
    }

    @Test
    void aResultOfOnePageIsOrderedEvenByAServerThatIgnoresSort() throws Exception {
        server.enqueue(
                new MockResponse()
                        .setHeader("Content-Type", "application/xml")
                        .setBody(TWO_ITEMS.replace("<hits>250</hits>", "<hits>2</hits>")));

        ItemPage page = source.search(ItemQuery.parse("", "title", true), 1, 100);

        assertThat(page.rows())
                .extracting(ItemRow::title)
                .containsExactly("Apple orchard", "Zebra crossing");
    }
}

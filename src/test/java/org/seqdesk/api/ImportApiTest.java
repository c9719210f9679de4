package org.seqdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.api.doc.MetadataDocument;

/** What {@code POST /import/placeholder} puts on the wire, on a MockWebServer on loopback. */
class ImportApiTest {
    private MockWebServer server;
    private VidiCoreClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = VidiCoreClientFactory.create(config(false));
    }

    private ClientConfig config(boolean readOnly) {
        return ClientConfig.builder(server.url("/").toString())
                .basicAuth("admin", "admin")
                .readOnly(readOnly)
                .build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    private static MetadataDocument titled(String title) {
        return MetadataDocument.ofFields(List.of(MetadataDocument.Field.of("title", title)));
    }

    @Test
    void placeholderIsAPostOfTheTitleAnsweredWithTheNewItem() throws Exception {
        server.enqueue(
                new MockResponse()
                        .setHeader("Content-Type", "application/json")
                        .setBody("{\"id\":\"VX-93\"}"));

        ItemDocument item =
                Calls.execute(
                        client.create(ImportApi.class)
                                .createPlaceholder(titled("Cut 3.edl"), null, null, null));

        assertThat(item.id()).isEqualTo("VX-93");
        RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getRequestUrl().encodedPath()).isEqualTo("/API/import/placeholder");
        assertThat(r.getRequestUrl().querySize()).isZero();
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        assertThat(r.getBody().readUtf8())
                .contains("\"start\":\"-INF\"")
                .contains("{\"name\":\"title\",\"value\":[{\"value\":\"Cut 3.edl\"}]}");
    }

    @Test
    void componentCountsTravelAsQueryParameters() throws Exception {
        server.enqueue(
                new MockResponse()
                        .setHeader("Content-Type", "application/json")
                        .setBody("{\"id\":\"VX-94\"}"));

        Calls.execute(client.create(ImportApi.class).createPlaceholder(titled("x"), 1, 1, 2));

        RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(r.getRequestUrl().queryParameter("container")).isEqualTo("1");
        assertThat(r.getRequestUrl().queryParameter("video")).isEqualTo("1");
        assertThat(r.getRequestUrl().queryParameter("audio")).isEqualTo("2");
    }

    @Test
    void aReadOnlyClientRefusesToMakeAnItemWithoutSendingAnything() {
        client.close();
        client = VidiCoreClientFactory.create(config(true));

        assertThatThrownBy(
                        () ->
                                Calls.execute(
                                        client.create(ImportApi.class)
                                                .createPlaceholder(titled("x"), null, null, null)))
                .isInstanceOf(ApiException.ReadOnlyRefused.class);
        assertThat(server.getRequestCount()).isZero();
    }
}

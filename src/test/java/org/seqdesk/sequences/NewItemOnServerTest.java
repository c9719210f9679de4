package org.seqdesk.sequences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.ImportApi;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.TaskRunner;

/**
 * "New item from file" against a server that, like VidiCore, makes items only through {@code POST
 * /import/placeholder}: the item is made first, then the sequence is stored on it and shown.
 */
class NewItemOnServerTest {
    private static final Path CORPUS =
            Path.of(System.getProperty("seqdesk.corpus", "../shared/corpus"));

    private final List<String> seen = new ArrayList<>();
    private MockWebServer server;
    private VidiCoreClient client;
    private byte[] stored;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(
                new Dispatcher() {
                    @Override
                    public MockResponse dispatch(RecordedRequest r) {
                        return answer(r);
                    }
                });
        server.start(InetAddress.getLoopbackAddress(), 0);
        client =
                VidiCoreClientFactory.create(
                        ClientConfig.builder(server.url("/").toString())
                                .basicAuth("admin", "admin")
                                .build());
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    private MockResponse answer(RecordedRequest r) {
        String call = r.getMethod() + " " + r.getRequestUrl().encodedPath();
        seen.add(call);
        switch (call) {
            case "POST /API/import/placeholder":
                return json("{\"id\":\"VX-93\"}");
            case "PUT /API/item/VX-93/sequence/edl":
                stored = r.getBody().readByteArray();
                return json("{\"id\":\"VX-93\"}");
            case "GET /API/item/VX-93/sequence":
                return json(
                        stored == null
                                ? "{}"
                                : "{\"sequence\":[{\"id\":\"VX-93\",\"type\":\"edl\"}]}");
            case "GET /API/item/VX-93/sequence/edl":
                return new MockResponse()
                        .setHeader("Content-Type", "text/plain")
                        .setBody(new okio.Buffer().write(stored));
            default:
                return new MockResponse().setResponseCode(404);
        }
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void aFileForANewItemMakesAPlaceholderThenStoresAndShowsTheSequence() throws Exception {
        ApiSequenceStore store =
                new ApiSequenceStore(
                        client.sequences(),
                        ApiSequenceStore.placeholders(client.create(ImportApi.class)));
        SequencesViewModel model =
                new SequencesViewModel(
                        store,
                        TaskRunner.inline(),
                        new Decisions() {
                            @Override
                            public boolean confirm(String title, String text) {
                                return true;
                            }

                            @Override
                            public Conflict resolve(String text) {
                                return Conflict.CANCEL;
                            }
                        },
                        new SequenceActions(),
                        new TimelineViewModel(ItemPreviews.none()));
        Path edl = CORPUS.resolve("edl/otio_gap_test.edl");

        model.previewFile(edl, null);
        model.uploadPreview(false);

        assertThat(seen.subList(0, 2))
                .containsExactly(
                        "POST /API/import/placeholder", "PUT /API/item/VX-93/sequence/edl");
        assertThat(stored).isEqualTo(Files.readAllBytes(edl));
        assertThat(model.itemIdProperty().get()).isEqualTo("VX-93");
        assertThat(model.entries()).extracting(SequenceEntry::format).containsExactly("edl");
        assertThat(model.loadedProperty().get().isPreview()).isFalse();
        RecordedRequest create = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(create.getBody().readUtf8()).contains("otio_gap_test.edl");
    }
}

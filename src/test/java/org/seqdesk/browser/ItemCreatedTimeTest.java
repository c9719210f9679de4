package org.seqdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.ItemDocument;

/** An item's creation time is kept as sortable ISO 8601 in UTC; the table formats it. */
class ItemCreatedTimeTest {
    private static ItemDocument item(String id, String created) throws IOException {
        String json =
                "{\"id\":\""
                        + id
                        + "\",\"metadata\":{\"timespan\":[{\"start\":\"-INF\",\"end\":\"+INF\","
                        + "\"field\":[{\"name\":\"title\",\"value\":[{\"value\":\"T\"}]},"
                        + "{\"name\":\"created\",\"value\":[{\"value\":\""
                        + created
                        + "\"}]}]}]}}";
        return Documents.readJson(json, ItemDocument.class);
    }

    @Test
    void everyServerSpellingBecomesUtc() throws IOException {
        assertThat(ApiItemSource.row(item("VX-1", "2026-12-04T19:50:12.345+0100")).created())
                .isEqualTo("2026-12-04T18:50:12.345Z");
        assertThat(ApiItemSource.row(item("VX-2", "2026-12-04T19:50:12Z")).created())
                .isEqualTo("2026-12-04T19:50:12Z");
        assertThat(ApiItemSource.row(item("VX-3", "2026-12-04T19:50:12")).created())
                .isEqualTo("2026-12-04T19:50:12Z");
    }

    @Test
    void unreadableTimesAreKeptAsTheServerWroteThem() throws IOException {
        assertThat(ApiItemSource.row(item("VX-4", "yesterday")).created()).isEqualTo("yesterday");
    }

    @Test
    void textOrderIsTimeOrderAcrossOffsets() throws IOException {
        String earlier = ApiItemSource.row(item("VX-5", "2026-12-04T20:00:00+0200")).created();
        String later = ApiItemSource.row(item("VX-6", "2026-12-04T19:00:00+0000")).created();

        assertThat(earlier).isLessThan(later);
    }
}

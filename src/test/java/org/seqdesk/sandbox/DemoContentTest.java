package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.sandbox.store.ItemRow;
import org.seqdesk.sandbox.store.ShapeRow;
import org.seqdesk.timeline.Sequence;

class DemoContentTest {
    @TempDir Path dir;

    @Test
    void fullDemoHasADozenMediaItemsAndFourSequences() {
        try (Sandbox s = Sandbox.start(SandboxConfig.defaults(dir))) {
            SandboxHttp http = new SandboxHttp(s);
            JsonNode items =
                    Json.of(
                            http.get(
                                    "/API/item?number=100&content=metadata,shape,thumbnail",
                                    "application/json"));
            assertThat(items.path("hits").asLong()).isEqualTo(16);
            List<String> rates = new ArrayList<>();
            int withMedia = 0;
            int twoStereo = 0;
            int silent = 0;
            for (ItemRow row :
                    s.services()
                            .items()
                            .search(org.seqdesk.sandbox.store.ItemQuery.all(1, 100))
                            .items()) {
                List<ShapeRow> shapes = s.services().shapes().shapes(row.id());
                if (shapes.isEmpty()) {
                    continue;
                }
                withMedia++;
                ShapeRow original = shapes.get(0);
                rates.add(original.rate());
                twoStereo += original.audioChannels() == 4 ? 1 : 0;
                silent += original.audioChannels() == 0 ? 1 : 0;
                assertThat(s.services().shapes().thumbnails(row.id(), "thumbnail")).hasSize(2);
            }
            assertThat(withMedia).isEqualTo(12);
            assertThat(rates).contains("25", "30000:1001", "24000:1001");
            assertThat(twoStereo).isEqualTo(1);
            assertThat(silent).isGreaterThanOrEqualTo(2);
            List<Integer> segmentCounts = new ArrayList<>();
            for (long id = 13; id <= 16; id++) {
                Sequence seq = s.services().sequences().model(id).orElseThrow();
                segmentCounts.add(seq.segmentCount());
                assertThat(
                                http.get(
                                                "/API/item/VX-"
                                                        + id
                                                        + "/metadata?field=__sequence_size",
                                                "application/json")
                                        .body())
                        .contains("\"1\"");
            }
            assertThat(segmentCounts).contains(1200);
            Sequence dissolves = s.services().sequences().model(15).orElseThrow();
            assertThat(dissolves.tracks().get(0).transitions()).hasSize(2);
            assertThat(dissolves.videoTracks()).hasSize(2);
            assertThat(http.get("/API/storage", "application/json").body()).contains("VX-1");
        }
    }
}

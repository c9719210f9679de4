package org.seqdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;

/** Pasting an item id into the browser's search shows that item, against the sandbox. */
class ItemIdSearchTest {
    @TempDir static Path dir;
    private static Sandbox sandbox;
    private static VidiCoreClient client;
    private static String harbour;

    @BeforeAll
    static void start() {
        sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(dir.resolve("sandbox"))
                                .withDemo(SandboxConfig.DemoMode.NONE)
                                .withFresh(true));
        harbour = sandbox.services().items().create("Harbour at dusk", "admin").siteId();
        sandbox.services().items().create("Quay in the rain", "admin");
        client =
                VidiCoreClientFactory.create(
                        ClientConfig.builder(sandbox.apiUrl()).basicAuth("admin", "admin").build());
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.stop();
    }

    @Test
    void aPastedItemIdFindsThatItem() throws Exception {
        ItemPage page = new ApiItemSource(client.items()).search(ItemQuery.parse(harbour), 1, 50);

        assertThat(page.rows()).isNotEmpty();
        assertThat(page.rows().get(0).id()).isEqualTo(harbour);
        assertThat(page.rows()).extracting(ItemRow::id).doesNotHaveDuplicates();
        assertThat(page.hits()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anIdTypedInLowerCaseFindsTheItemToo() throws Exception {
        ItemPage page =
                new ApiItemSource(client.items())
                        .search(ItemQuery.parse(harbour.toLowerCase(java.util.Locale.ROOT)), 1, 50);

        assertThat(page.rows()).extracting(ItemRow::id).startsWith(harbour);
    }

    @Test
    void anIdOfNoItemFallsBackToTheSearch() throws Exception {
        ItemPage page =
                new ApiItemSource(client.items()).search(ItemQuery.parse("VX-99999"), 1, 50);

        assertThat(page.rows()).extracting(ItemRow::id).doesNotContain("VX-99999");
    }
}

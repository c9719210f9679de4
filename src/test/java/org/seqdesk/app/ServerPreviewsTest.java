package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.sandbox.store.MetadataStore;

/** Previews kept from a real sandbox: kept until told the item changed. */
class ServerPreviewsTest {
    @TempDir static Path home;
    private static Sandbox sandbox;
    private static ServerConnection connection;

    @BeforeAll
    static void start() {
        sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(home.resolve("sandbox"))
                                .withDemo(SandboxConfig.DemoMode.NONE));
        connection = ServerConnection.toSandbox(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static void retitle(long id, String title) {
        sandbox.services()
                .db()
                .execute(
                        c ->
                                sandbox.services()
                                        .metadata()
                                        .replace(
                                                c,
                                                id,
                                                List.of(
                                                        MetadataStore.generic(
                                                                MetadataStore.TITLE, title)),
                                                "admin"));
    }

    @Test
    void aForgottenItemIsAskedForAgain() {
        String id = sandbox.services().items().create("Before the render", "admin").siteId();
        long row = org.seqdesk.sandbox.store.SiteIds.parse(id).orElseThrow();
        retitle(row, "Before the render");
        ServerPreviews previews = new ServerPreviews(connection.client(), TaskRunner.inline());
        List<String> seen = new ArrayList<>();
        previews.title(id, seen::add);
        retitle(row, "After the render");

        previews.title(id, seen::add);
        previews.forget(id);
        previews.title(id, seen::add);

        assertThat(seen)
                .containsExactly("Before the render", "Before the render", "After the render");
    }
}

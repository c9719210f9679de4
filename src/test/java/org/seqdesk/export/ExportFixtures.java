package org.seqdesk.export;

import java.time.Duration;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.RetryPolicy;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.sandbox.SharedSandbox;

/** Clients for the export tests: the shared sandbox, or any URL (a MockWebServer). */
final class ExportFixtures {
    /** The minimal demo's "simple cut" sequence item; its sources have only {@code original}. */
    static final String SEQUENCE_ITEM = "VX-4";

    private ExportFixtures() {}

    static VidiCoreClient sandboxClient() {
        return client(SharedSandbox.get().url());
    }

    static VidiCoreClient client(String url) {
        return VidiCoreClientFactory.create(
                ClientConfig.builder(url)
                        .basicAuth("admin", "admin")
                        .callTimeout(Duration.ofSeconds(20))
                        .retryPolicy(
                                new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(20)))
                        .build());
    }
}

package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.Calls;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.RetryPolicy;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.sandbox.SandboxOptions;

class SandboxKeepAliveTest {
    private static final Duration IDLE = Duration.ofMillis(800);

    @TempDir Path dir;

    /** The app's client to the sandbox, but with no retry that could hide a failed request. */
    private static ClientConfig withoutRetries(ClientConfig c) {
        return new ClientConfig(
                c.baseUrl(),
                c.auth(),
                c.runAs(),
                c.connectTimeout(),
                c.readTimeout(),
                c.writeTimeout(),
                c.callTimeout(),
                RetryPolicy.NONE,
                c.format(),
                c.readOnly(),
                c.sslSocketFactory(),
                c.trustManager(),
                c.keepAlive());
    }

    @Test
    void requestsFurtherApartThanTheIdleTimeoutBothSucceedWithoutRetrying() throws Exception {
        Sandbox sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(dir.resolve("sandbox"))
                                .withDemo(SandboxConfig.DemoMode.NONE)
                                .withOptions(SandboxOptions.defaults().withIdleTimeout(IDLE)));
        ClientConfig config = ServerConnection.sandboxClientConfig(sandbox);
        try (VidiCoreClient client = VidiCoreClientFactory.create(withoutRetries(config))) {
            assertThat(config.keepAlive()).isLessThan(IDLE);

            Calls.execute(client.items().list(null, 1, null, null, null));
            Thread.sleep(IDLE.multipliedBy(2).toMillis());
            Calls.execute(client.items().list(null, 1, null, null, null));
        } finally {
            sandbox.stop();
        }
    }
}

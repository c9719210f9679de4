package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.common.Messages;

/** An HTTPS VidiCore look-alike with a self-signed certificate, on loopback. */
class SelfSignedTlsTest {
    @TempDir Path dir;
    private SelfSignedServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new SelfSignedServer(dir);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aSelfSignedServerIsRefusedUntilItsCertificateIsTrustedThenAccepted() throws Exception {
        ServerProfile profile =
                ServerProfile.create(
                        "Private CA", server.url(), ServerProfile.AuthKind.BASIC, "admin");
        Path trustDir = dir.resolve("trust");

        HealthCheck.Result refused =
                HealthCheck.run(ProfileConfigs.build(profile, "admin", trustDir));
        assertEquals(HealthCheck.Kind.UNTRUSTED_CERTIFICATE, refused.kind(), refused.message());
        X509Certificate shown = refused.presentedChain().get(0);
        assertEquals(server.certificate(), shown);
        String fingerprint = TrustStore.fingerprint(shown);
        assertEquals(
                Messages.get("connection.health.untrusted", "127.0.0.1", fingerprint),
                refused.message());
        assertEquals(32 * 3 - 1, fingerprint.length());

        TrustStore.forProfile(trustDir, profile).trust(shown);

        HealthCheck.Result accepted =
                HealthCheck.run(ProfileConfigs.build(profile, "admin", trustDir));
        assertTrue(accepted.ok(), accepted.message());
        assertEquals("5.6.0", accepted.serverVersion());

        ServerProfile other = profile.duplicate("Other profile, own trust");
        HealthCheck.Result otherProfile =
                HealthCheck.run(ProfileConfigs.build(other, "admin", trustDir));
        assertEquals(HealthCheck.Kind.UNTRUSTED_CERTIFICATE, otherProfile.kind());
    }
}

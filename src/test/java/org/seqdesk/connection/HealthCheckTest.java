package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.ApiException;
import org.seqdesk.api.Calls;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.RetryPolicy;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.common.Messages;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SharedSandbox;

class HealthCheckTest {
    @TempDir Path trustDir;

    private ServerProfile profile(String url, boolean readOnly) {
        return new ServerProfile(
                "t",
                "Test",
                url,
                ServerProfile.AuthKind.BASIC,
                "admin",
                null,
                readOnly,
                null,
                false);
    }

    @Test
    void aWrongPasswordGivesTheBadCredentialsMessage() throws Exception {
        Sandbox sandbox = SharedSandbox.get();
        ClientConfig config =
                ProfileConfigs.build(profile(sandbox.url(), false), "wrong-password", trustDir);
        HealthCheck.Result r = HealthCheck.run(config);
        assertEquals(HealthCheck.Kind.BAD_CREDENTIALS, r.kind());
        String where = "127.0.0.1:" + sandbox.port();
        assertEquals(Messages.get("connection.health.badCredentials", where), r.message());
    }

    @Test
    void theRightPasswordPassesAndReportsTheVersion() throws Exception {
        Sandbox sandbox = SharedSandbox.get();
        ClientConfig config =
                ProfileConfigs.build(profile(sandbox.url(), false), "admin", trustDir);
        HealthCheck.Result r = HealthCheck.run(config);
        assertTrue(r.ok(), r.message());
        assertEquals("5.6.0", r.serverVersion());
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ClientConfig config =
                ProfileConfigs.build(profile("http://127.0.0.1:" + port, false), "x", trustDir);
        HealthCheck.Result r = HealthCheck.run(config);
        assertEquals(HealthCheck.Kind.UNREACHABLE, r.kind());
        String where = "127.0.0.1:" + port;
        assertEquals(Messages.get("connection.health.unreachable", where), r.message());
    }

    @Test
    void anotherKindOfServerIsNotVidiCore() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext(
                "/",
                ex -> {
                    byte[] body = "<html>hello</html>".getBytes(StandardCharsets.UTF_8);
                    ex.getResponseHeaders().add("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, body.length);
                    ex.getResponseBody().write(body);
                    ex.close();
                });
        other.start();
        try {
            String url = "http://127.0.0.1:" + other.getAddress().getPort();
            ClientConfig config = ProfileConfigs.build(profile(url, false), "x", trustDir);
            HealthCheck.Result r = HealthCheck.run(config);
            assertEquals(HealthCheck.Kind.NOT_VIDICORE, r.kind());
            String where = "127.0.0.1:" + other.getAddress().getPort();
            assertEquals(Messages.get("connection.health.notVidiCore", where), r.message());
        } finally {
            other.stop(0);
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ClientConfig config =
                    ClientConfig.builder("http://127.0.0.1:" + silent.getLocalPort())
                            .basicAuth("admin", "x")
                            .readTimeout(Duration.ofMillis(300))
                            .callTimeout(Duration.ofSeconds(2))
                            .retryPolicy(RetryPolicy.NONE)
                            .build();
            HealthCheck.Result r = HealthCheck.run(config);
            assertEquals(HealthCheck.Kind.TIMEOUT, r.kind(), r.message());
            String where = "127.0.0.1:" + silent.getLocalPort();
            assertEquals(Messages.get("connection.health.timeout", where), r.message());
        }
    }

    @Test
    void theCheckWaitsNoLongerThanAPersonWouldButKeepsShorterLimits() {
        ClientConfig patient =
                ClientConfig.builder("http://127.0.0.1:8080")
                        .basicAuth("admin", "x")
                        .readTimeout(Duration.ofMinutes(5))
                        .callTimeout(Duration.ofMinutes(10))
                        .connectTimeout(Duration.ofSeconds(1))
                        .build();
        ClientConfig check = HealthCheck.forCheck(patient);
        assertEquals(Duration.ofSeconds(10), check.readTimeout());
        assertEquals(Duration.ofSeconds(20), check.callTimeout());
        assertEquals(Duration.ofSeconds(1), check.connectTimeout());
        assertEquals(patient.auth(), check.auth());
        assertEquals(patient.baseUrl(), check.baseUrl());
    }

    @Test
    void aMalformedUrlIsRefusedBeforeAnyCall() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ProfileConfigs.build(profile("ftp:/nowhere", false), "x", trustDir));
        HealthCheck.Result r = HealthCheck.malformed("ftp:/x");
        assertEquals(HealthCheck.Kind.MALFORMED_URL, r.kind());
        assertEquals(Messages.get("connection.health.malformedUrl", "ftp:/x"), r.message());
    }

    @Test
    void readOnlyProfilesBlockWriteCallsInTheClientItself() throws Exception {
        Sandbox sandbox = SharedSandbox.get();
        ClientConfig ro = ProfileConfigs.build(profile(sandbox.url(), true), "admin", trustDir);
        ClientConfig rw = ProfileConfigs.build(profile(sandbox.url(), false), "admin", trustDir);
        try (VidiCoreClient readOnly = VidiCoreClientFactory.create(ro);
                VidiCoreClient writable = VidiCoreClientFactory.create(rw)) {
            assertTrue(HealthCheck.run(ro).ok());
            assertThrows(
                    ApiException.ReadOnlyRefused.class,
                    () -> Calls.execute(readOnly.jobs().abort("VX-999999", null, null)));
            assertThrows(
                    ApiException.ReadOnlyRefused.class,
                    () ->
                            Calls.execute(
                                    readOnly.jobs().setPriority("VX-999999", JobPriority.HIGH)));
            assertThrows(
                    ApiException.ReadOnlyRefused.class,
                    () -> Calls.execute(readOnly.sequences().delete("VX-1", "any")));
            // the same call from a writable client does reach the server
            assertThrows(
                    ApiException.NotFound.class,
                    () -> Calls.execute(writable.jobs().abort("VX-999999", null, null)));
        }
    }
}

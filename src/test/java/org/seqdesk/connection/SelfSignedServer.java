package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * An HTTPS VidiCore look-alike on loopback with a freshly made self-signed certificate: it answers
 * {@code /API/version} and, for admin/admin, {@code /API/token}.
 */
final class SelfSignedServer implements AutoCloseable {
    private static final char[] PASS = "test-keystore".toCharArray();
    private static final String VERSION =
            "{\"component\":[{\"name\":\"VidiCore API\",\"version\":\"5.6.0\"}]}";
    private static final String TOKEN = "{\"token\":\"t-1\",\"user\":\"admin\"}";
    private static final String GOOD =
            "Basic "
                    + Base64.getEncoder()
                            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private final HttpsServer server;
    private final X509Certificate certificate;

    /** Starts the server; its key store is made in {@code dir}. */
    SelfSignedServer(Path dir) throws Exception {
        KeyStore ks = generateKeyStore(dir.resolve("server.p12"));
        certificate = (X509Certificate) ks.getCertificate("server");
        KeyManagerFactory kmf =
                KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASS);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ctx));
        server.createContext("/API/version", ex -> answer(ex, 200, VERSION));
        server.createContext(
                "/API/token",
                ex -> {
                    boolean ok = GOOD.equals(ex.getRequestHeaders().getFirst("Authorization"));
                    answer(ex, ok ? 200 : 401, ok ? TOKEN : "");
                });
        server.start();
    }

    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    X509Certificate certificate() {
        return certificate;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    private static KeyStore generateKeyStore(Path file) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p =
                new ProcessBuilder(
                                keytool.toString(),
                                "-genkeypair",
                                "-alias",
                                "server",
                                "-keyalg",
                                "EC",
                                "-groupname",
                                "secp256r1",
                                "-dname",
                                "CN=127.0.0.1",
                                "-ext",
                                "SAN=ip:127.0.0.1",
                                "-validity",
                                "2",
                                "-storetype",
                                "PKCS12",
                                "-keystore",
                                file.toString(),
                                "-storepass",
                                new String(PASS),
                                "-keypass",
                                new String(PASS))
                        .redirectErrorStream(true)
                        .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, PASS);
        }
        return ks;
    }
}

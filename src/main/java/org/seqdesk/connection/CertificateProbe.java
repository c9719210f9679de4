package org.seqdesk.connection;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;

/**
 * Reads the certificate chain a server presents, so the user can check its fingerprint before
 * trusting it. The handshake is always refused by this side: nothing is sent over the connection.
 */
final class CertificateProbe {
    private CertificateProbe() {}

    /** The chain {@code host:port} presents, leaf first; empty when none came. */
    static List<X509Certificate> presentedChain(String host, int port, Duration timeout)
            throws IOException {
        AtomicReference<X509Certificate[]> seen = new AtomicReference<>();
        X509TrustManager recorder = new Recorder(seen);
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new X509TrustManager[] {recorder}, null);
            try (SSLSocket socket = (SSLSocket) ctx.getSocketFactory().createSocket()) {
                int ms = (int) timeout.toMillis();
                socket.connect(new InetSocketAddress(host, port), ms);
                socket.setSoTimeout(ms);
                socket.startHandshake();
            }
        } catch (SSLException refusedAsIntended) {
            // the recorder refuses every chain; what it saw is the answer
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS", e);
        }
        X509Certificate[] chain = seen.get();
        return chain == null ? List.of() : List.of(chain);
    }

    /** Notes the server's chain and refuses it. */
    private static final class Recorder implements X509TrustManager {
        private final AtomicReference<X509Certificate[]> seen;

        Recorder(AtomicReference<X509Certificate[]> seen) {
            this.seen = seen;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            seen.set(chain.clone());
            throw new CertificateException("recorded for the user to check, not trusted");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}

package org.seqdesk.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates one profile trusts on top of the JDK's own: a PKCS12 file of certificates only
 * (public data, so its store password is not a secret). A certificate gets in only through {@link
 * #trust}, after the user has seen its {@link #fingerprint}. There is no way to trust everything.
 */
public final class TrustStore {
    private static final Logger LOG = LoggerFactory.getLogger(TrustStore.class);
    private static final char[] STORE_PASSWORD = "seqdesk-certificates".toCharArray();

    private final Path file;

    public TrustStore(Path file) {
        this.file = file;
    }

    /** The trust store of a profile, under {@code dir}. */
    public static TrustStore forProfile(Path dir, ServerProfile profile) {
        return new TrustStore(dir.resolve(profile.id() + ".p12"));
    }

    /** TLS for a client: a socket factory and its trust manager. */
    public record Tls(SSLSocketFactory socketFactory, X509TrustManager trustManager) {}

    /** The SHA-256 fingerprint of a certificate, as colon-separated upper-case hex. */
    public static String fingerprint(X509Certificate cert) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Adds a certificate the user has checked, and saves. */
    public synchronized void trust(X509Certificate cert) throws IOException {
        KeyStore ks = load();
        try {
            String alias = fingerprint(cert).replace(":", "").toLowerCase(Locale.ROOT);
            ks.setCertificateEntry(alias, cert);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot add the certificate", e);
        }
        save(ks);
        LOG.info("Trusted certificate {} ({})", cert.getSubjectX500Principal(), fingerprint(cert));
    }

    /** The certificates trusted here. */
    public synchronized List<X509Certificate> certificates() throws IOException {
        KeyStore ks = load();
        List<X509Certificate> certs = new ArrayList<>();
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.getCertificate(alias) instanceof X509Certificate) {
                    certs.add((X509Certificate) ks.getCertificate(alias));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the trust store " + file, e);
        }
        return certs;
    }

    /** Forgets every certificate trusted here. */
    public synchronized void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The JDK's default trust plus this store's certificates. */
    public synchronized Tls tls() throws IOException {
        try {
            X509TrustManager jdk = trustManager(null);
            KeyStore own = load();
            X509TrustManager mine = own.size() == 0 ? null : trustManager(own);
            X509TrustManager combined = new CombinedTrustManager(jdk, mine);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new X509TrustManager[] {combined}, null);
            return new Tls(ctx.getSocketFactory(), combined);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS", e);
        }
    }

    private static X509TrustManager trustManager(KeyStore ks) throws GeneralSecurityException {
        TrustManagerFactory f =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(ks);
        for (var tm : f.getTrustManagers()) {
            if (tm instanceof X509TrustManager) {
                return (X509TrustManager) tm;
            }
        }
        throw new GeneralSecurityException("no X509 trust manager");
    }

    private KeyStore load() throws IOException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    ks.load(in, STORE_PASSWORD);
                }
            } else {
                ks.load(null, null);
            }
            return ks;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the trust store " + file, e);
        }
    }

    private void save(KeyStore ks) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ks.store(out, STORE_PASSWORD);
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot write the trust store " + file, e);
            }
            Files.move(
                    tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Accepts a server chain that either the JDK's trust or the profile's own trust accepts. */
    private static final class CombinedTrustManager implements X509TrustManager {
        private final X509TrustManager jdk;
        private final X509TrustManager own;

        CombinedTrustManager(X509TrustManager jdk, X509TrustManager own) {
            this.jdk = jdk;
            this.own = own;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            jdk.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            try {
                jdk.checkServerTrusted(chain, authType);
            } catch (CertificateException notByTheJdk) {
                if (own == null) {
                    throw notByTheJdk;
                }
                own.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> all = new ArrayList<>(List.of(jdk.getAcceptedIssuers()));
            if (own != null) {
                all.addAll(List.of(own.getAcceptedIssuers()));
            }
            return all.toArray(new X509Certificate[0]);
        }
    }
}

package org.seqdesk.api;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.HttpUrl;

/**
 * Everything a {@link VidiCoreClient} is built from. Make one with {@link #builder(String)}.
 *
 * @param baseUrl the server's API root, always ending in {@code /API/}
 * @param runAs a user to act as ({@code RunAs} header), or null
 * @param callTimeout the whole call, retries and reading the body included; streamed downloads must
 *     finish within it too
 * @param readOnly refuse every call that would change the server, without sending it
 * @param sslSocketFactory with {@code trustManager}, the TLS trust of this client only; both null
 *     for the JDK's default trust
 * @param keepAlive how long an idle pooled connection is kept for reuse; shorter than the server's
 *     idle timeout, so a request never goes out on a connection the server has closed
 */
public record ClientConfig(
        HttpUrl baseUrl,
        Auth auth,
        String runAs,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout,
        Duration callTimeout,
        RetryPolicy retryPolicy,
        DocumentFormat format,
        boolean readOnly,
        SSLSocketFactory sslSocketFactory,
        X509TrustManager trustManager,
        Duration keepAlive) {

    /**
     * The default keep-alive: below the 30 s idle timeout Jetty (and so VidiCore) closes idle
     * connections after, and the embedded sandbox's.
     */
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(20);

    /** A config with the default keep-alive. */
    public ClientConfig(
            HttpUrl baseUrl,
            Auth auth,
            String runAs,
            Duration connectTimeout,
            Duration readTimeout,
            Duration writeTimeout,
            Duration callTimeout,
            RetryPolicy retryPolicy,
            DocumentFormat format,
            boolean readOnly,
            SSLSocketFactory sslSocketFactory,
            X509TrustManager trustManager) {
        this(
                baseUrl,
                auth,
                runAs,
                connectTimeout,
                readTimeout,
                writeTimeout,
                callTimeout,
                retryPolicy,
                format,
                readOnly,
                sslSocketFactory,
                trustManager,
                DEFAULT_KEEP_ALIVE);
    }

    public ClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(format, "format");
        if ((sslSocketFactory == null) != (trustManager == null)) {
            throw new IllegalArgumentException(
                    "give both an SSL socket factory and its trust manager, or neither");
        }
        runAs = runAs == null || runAs.isBlank() ? null : runAs;
        keepAlive =
                keepAlive == null || keepAlive.isNegative() || keepAlive.isZero()
                        ? DEFAULT_KEEP_ALIVE
                        : keepAlive;
    }

    /**
     * A builder for a server at {@code url}, with or without {@code /API}: {@code
     * http://host:8080}, {@code http://host:8080/API} and {@code http://host:8080/API/} are the
     * same.
     *
     * @throws IllegalArgumentException when the URL is not http(s)
     */
    public static Builder builder(String url) {
        return new Builder(apiRoot(url));
    }

    /** The API root of a server URL: user info dropped, {@code /API/} appended when missing. */
    public static HttpUrl apiRoot(String url) {
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new IllegalArgumentException("not an http or https URL: " + url);
        }
        HttpUrl.Builder b =
                parsed.newBuilder().username("").password("").query(null).fragment(null);
        java.util.List<String> segments = new java.util.ArrayList<>(parsed.pathSegments());
        segments.removeIf(String::isEmpty);
        if (segments.isEmpty() || !segments.get(segments.size() - 1).equals("API")) {
            segments.add("API");
        }
        b.encodedPath("/");
        for (String s : segments) {
            b.addPathSegment(s);
        }
        b.addPathSegment("");
        return b.build();
    }

    /** The same configuration with other credentials, e.g. a fresh token. */
    public ClientConfig withAuth(Auth newAuth) {
        return new ClientConfig(
                baseUrl,
                newAuth,
                runAs,
                connectTimeout,
                readTimeout,
                writeTimeout,
                callTimeout,
                retryPolicy,
                format,
                readOnly,
                sslSocketFactory,
                trustManager);
    }

    @Override
    public String toString() {
        return "ClientConfig["
                + baseUrl
                + ", "
                + auth
                + ", runAs="
                + runAs
                + ", readOnly="
                + readOnly
                + "]";
    }

    /** Builds a {@link ClientConfig}; timeouts and retries have sensible defaults. */
    public static final class Builder {
        private final HttpUrl baseUrl;
        private Auth auth = Auth.none();
        private String runAs;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofMinutes(2);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private DocumentFormat format = DocumentFormat.JSON;
        private boolean readOnly;
        private SSLSocketFactory sslSocketFactory;
        private X509TrustManager trustManager;
        private Duration keepAlive = DEFAULT_KEEP_ALIVE;

        private Builder(HttpUrl baseUrl) {
            this.baseUrl = baseUrl;
        }

        public Builder basicAuth(String user, String password) {
            this.auth = Auth.basic(user, password);
            return this;
        }

        public Builder token(String token) {
            this.auth = Auth.token(token);
            return this;
        }

        public Builder auth(Auth auth) {
            this.auth = Objects.requireNonNull(auth, "auth");
            return this;
        }

        public Builder runAs(String user) {
            this.runAs = user;
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        public Builder readTimeout(Duration d) {
            this.readTimeout = d;
            return this;
        }

        public Builder writeTimeout(Duration d) {
            this.writeTimeout = d;
            return this;
        }

        public Builder callTimeout(Duration d) {
            this.callTimeout = d;
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = policy;
            return this;
        }

        public Builder format(DocumentFormat format) {
            this.format = format;
            return this;
        }

        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /** Trust for this client only, e.g. a profile's own trust store. */
        public Builder tls(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
            this.sslSocketFactory = socketFactory;
            this.trustManager = trustManager;
            return this;
        }

        /** How long idle connections are kept; keep it below the server's idle timeout. */
        public Builder keepAlive(Duration d) {
            this.keepAlive = d;
            return this;
        }

        public ClientConfig build() {
            return new ClientConfig(
                    baseUrl,
                    auth,
                    runAs,
                    connectTimeout,
                    readTimeout,
                    writeTimeout,
                    callTimeout,
                    retryPolicy,
                    format,
                    readOnly,
                    sslSocketFactory,
                    trustManager,
                    keepAlive);
        }
    }
}

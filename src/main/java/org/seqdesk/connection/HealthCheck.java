package org.seqdesk.connection;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import org.seqdesk.api.ApiException;
import org.seqdesk.api.Calls;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.api.doc.VersionDocument;
import org.seqdesk.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a server before connecting: {@code GET /API/version}, then an authenticated call ({@code
 * GET /API/token}, whose token is dropped). Each failure gets one clear message. Blocks: run it on
 * the background executor.
 */
public final class HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HealthCheck.class);
    private static final Duration CHECK_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CHECK_READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CHECK_CALL_TIMEOUT = Duration.ofSeconds(20);

    /** What went wrong, or {@link #OK}. */
    public enum Kind {
        OK,
        MALFORMED_URL,
        UNREACHABLE,
        NOT_VIDICORE,
        BAD_CREDENTIALS,
        UNTRUSTED_CERTIFICATE,
        TIMEOUT,
        FAILED
    }

    /**
     * The outcome.
     *
     * @param serverVersion the API version when the server answered, else null
     * @param presentedChain for an untrusted certificate, the chain the server showed, leaf first
     */
    public record Result(
            Kind kind, String message, String serverVersion, List<X509Certificate> presentedChain) {
        public boolean ok() {
            return kind == Kind.OK;
        }
    }

    private HealthCheck() {}

    /** Checks the server {@code config} points at with the credentials and trust it holds. */
    public static Result run(ClientConfig config) {
        return run(config, cancel -> {});
    }

    /**
     * Like {@link #run(ClientConfig)}; {@code onCancel} receives how to stop the check from another
     * thread (its calls are cancelled and its client closed; the result is then of no use).
     */
    public static Result run(ClientConfig config, Consumer<Runnable> onCancel) {
        try (VidiCoreClient client = VidiCoreClientFactory.create(forCheck(config))) {
            onCancel.accept(
                    () -> {
                        client.httpClient().dispatcher().cancelAll();
                        client.close();
                    });
            VersionDocument version = Calls.execute(client.auth().version());
            String v = version.versionOf("API").orElse(null);
            if (version.components().isEmpty()) {
                return fail(Kind.NOT_VIDICORE, config.baseUrl(), null);
            }
            Calls.execute(client.auth().token(60, false));
            LOG.info("Server {} answers, API {}", config.baseUrl(), v);
            return new Result(Kind.OK, Messages.get("connection.health.ok", v), v, List.of());
        } catch (ApiException e) {
            LOG.info("Health check of {} failed: {}", config.baseUrl(), e.kind());
            return classify(config, e);
        } catch (RuntimeException e) {
            LOG.info("Health check of {} failed: {}", config.baseUrl(), e.toString());
            return fail(Kind.NOT_VIDICORE, config.baseUrl(), null);
        }
    }

    /**
     * {@code config} with timeouts short enough for a person waiting on a check: a server that does
     * not answer within them is reported as timing out rather than kept waiting for.
     */
    static ClientConfig forCheck(ClientConfig config) {
        return new ClientConfig(
                config.baseUrl(),
                config.auth(),
                config.runAs(),
                shorter(config.connectTimeout(), CHECK_CONNECT_TIMEOUT),
                shorter(config.readTimeout(), CHECK_READ_TIMEOUT),
                shorter(config.writeTimeout(), CHECK_READ_TIMEOUT),
                shorter(config.callTimeout(), CHECK_CALL_TIMEOUT),
                config.retryPolicy(),
                config.format(),
                config.readOnly(),
                config.sslSocketFactory(),
                config.trustManager(),
                config.keepAlive());
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The result for a URL that cannot be parsed, for callers that parse first. */
    public static Result malformed(String url) {
        return new Result(
                Kind.MALFORMED_URL,
                Messages.get("connection.health.malformedUrl", url),
                null,
                List.of());
    }

    private static Result classify(ClientConfig config, ApiException e) {
        HttpUrl url = config.baseUrl();
        if (e instanceof ApiException.Unauthorized || e instanceof ApiException.Forbidden) {
            return fail(Kind.BAD_CREDENTIALS, url, null);
        }
        if (e instanceof ApiException.Timeout) {
            return fail(Kind.TIMEOUT, url, null);
        }
        if (e instanceof ApiException.NetworkFailure) {
            if (isCertificateProblem(e)) {
                return untrusted(url, config);
            }
            if (has(e, UnknownHostException.class)
                    || has(e, ConnectException.class)
                    || has(e, NoRouteToHostException.class)) {
                return fail(Kind.UNREACHABLE, url, null);
            }
            return fail(Kind.UNREACHABLE, url, null);
        }
        if (e instanceof ApiException.NotFound || e instanceof ApiException.MalformedAnswer) {
            return fail(Kind.NOT_VIDICORE, url, null);
        }
        return new Result(
                Kind.FAILED,
                Messages.get("connection.health.failed", url.host(), e.kind()),
                null,
                List.of());
    }

    private static Result untrusted(HttpUrl url, ClientConfig config) {
        List<X509Certificate> chain;
        try {
            chain =
                    CertificateProbe.presentedChain(
                            url.host(), url.port(), config.connectTimeout());
        } catch (IOException e) {
            chain = List.of();
        }
        String fp = chain.isEmpty() ? "?" : TrustStore.fingerprint(chain.get(0));
        return new Result(
                Kind.UNTRUSTED_CERTIFICATE,
                Messages.get("connection.health.untrusted", url.host(), fp),
                null,
                chain);
    }

    private static Result fail(Kind kind, HttpUrl url, String version) {
        String key =
                switch (kind) {
                    case UNREACHABLE -> "connection.health.unreachable";
                    case NOT_VIDICORE -> "connection.health.notVidiCore";
                    case BAD_CREDENTIALS -> "connection.health.badCredentials";
                    case TIMEOUT -> "connection.health.timeout";
                    default -> "connection.health.failed";
                };
        String where = url.host() + ":" + url.port();
        return new Result(kind, Messages.get(key, where, kind.name()), version, List.of());
    }

    private static boolean isCertificateProblem(Throwable e) {
        return has(e, CertificateException.class)
                || has(e, java.security.cert.CertPathValidatorException.class)
                || has(e, javax.net.ssl.SSLPeerUnverifiedException.class)
                || has(e, javax.net.ssl.SSLHandshakeException.class)
                || (has(e, SSLException.class) && String.valueOf(e.getMessage()).contains("PKIX"));
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

package org.seqdesk.api;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per HTTP exchange: method, URL, status and time. Never headers or bodies, so no
 * {@code Authorization}; secret query values and user info are redacted from the URL. Successful
 * exchanges log at DEBUG, failed ones at INFO.
 */
final class HttpLog implements Interceptor {
    /** The logger name, {@code org.seqdesk.api.http}. */
    static final String LOGGER = "org.seqdesk.api.http";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            if (chain.call().isCanceled() || Thread.currentThread().isInterrupted()) {
                // A search replaced by a newer one, or a closed window: not a failure.
                LOG.debug(
                        "{} {} cancelled after {} ms",
                        request.method(),
                        Redaction.url(request.url()),
                        millisSince(start));
                throw e;
            }
            LOG.info(
                    "{} {} failed after {} ms: {}: {}",
                    request.method(),
                    Redaction.url(request.url()),
                    millisSince(start),
                    e.getClass().getSimpleName(),
                    e.getMessage());
            throw e;
        }
        if (response.isSuccessful()) {
            LOG.debug(
                    "{} {} -> {} ({} ms)",
                    request.method(),
                    Redaction.url(request.url()),
                    response.code(),
                    millisSince(start));
        } else {
            LOG.info(
                    "{} {} -> {} ({} ms)",
                    request.method(),
                    Redaction.url(request.url()),
                    response.code(),
                    millisSince(start));
        }
        return response;
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}

package org.seqdesk.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries GETs whose connection failed or that got 503/504, with the policy's bounded exponential
 * backoff. Nothing else is retried: a POST that creates a job must never run twice because an
 * answer was lost. Timeouts are not retried either, since the user already waited for one.
 */
final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

    private final RetryPolicy policy;

    RetryInterceptor(RetryPolicy policy) {
        this.policy = policy;
    }

    static boolean retryable(Request request) {
        return request.method().equals("GET") && !Interceptors.createsJob(request);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!retryable(request) || policy.maxAttempts() == 1) {
            return chain.proceed(request);
        }
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= policy.maxAttempts();
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (last || !retryableFailure(e)) {
                    throw e;
                }
                pause(request, attempt, e.getClass().getSimpleName());
                continue;
            }
            if (last || (response.code() != 503 && response.code() != 504)) {
                return response;
            }
            response.close();
            pause(request, attempt, "HTTP " + response.code());
        }
    }

    private static boolean retryableFailure(IOException e) {
        return !(e instanceof ApiException)
                && !(e instanceof SocketTimeoutException)
                && !(e instanceof InterruptedIOException)
                && !(e instanceof UnknownHostException)
                && !(e instanceof SSLException);
    }

    private void pause(Request request, int attempt, String why) throws InterruptedIOException {
        Duration delay = policy.delayAfter(attempt);
        LOG.debug(
                "{} {}: {}, try {} of {} in {} ms",
                request.method(),
                Redaction.url(request.url()),
                why,
                attempt + 1,
                policy.maxAttempts(),
                delay.toMillis());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException stop = new InterruptedIOException("interrupted before a retry");
            stop.initCause(e);
            throw stop;
        }
    }
}

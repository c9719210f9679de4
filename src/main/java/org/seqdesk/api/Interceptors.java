package org.seqdesk.api;

import java.io.IOException;
import java.lang.reflect.Method;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;

/** The small OkHttp interceptors of a VidiCore client, in the order the factory adds them. */
final class Interceptors {
    private Interceptors() {}

    /** True when the request was made through a method marked {@link CreatesJob}. */
    static boolean createsJob(Request request) {
        Method m = method(request);
        return m != null && m.isAnnotationPresent(CreatesJob.class);
    }

    /**
     * True when the request would change the server: a method marked {@link Writes} or {@link
     * CreatesJob}, or for a request not made through an interface, any method but GET and HEAD.
     */
    static boolean changesServer(Request request) {
        Method m = method(request);
        if (m == null) {
            return !request.method().equals("GET") && !request.method().equals("HEAD");
        }
        return m.isAnnotationPresent(Writes.class) || m.isAnnotationPresent(CreatesJob.class);
    }

    private static Method method(Request request) {
        Invocation invocation = request.tag(Invocation.class);
        return invocation == null ? null : invocation.method();
    }

    /** Refuses, without sending anything, calls that would change a read-only server. */
    static final class ReadOnlyGuard implements Interceptor {
        @Override
        public Response intercept(Chain chain) throws IOException {
            if (changesServer(chain.request())) {
                throw new ApiException.ReadOnlyRefused(Redaction.request(chain.request()));
            }
            return chain.proceed(chain.request());
        }
    }

    /** Turns every failure below it, and every non-2xx answer, into an {@link ApiException}. */
    static final class FailureMapper implements Interceptor {
        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                throw Failures.fromIo(Redaction.request(request), e);
            }
            if (!response.isSuccessful()) {
                throw Failures.fromResponse(Redaction.request(request), response);
            }
            return response;
        }
    }

    /**
     * Adds the headers every call carries. Credentials and {@code RunAs} go only to the client's
     * own server (scheme, host and port of the base URL), never to another host a URL points at.
     */
    static final class Headers implements Interceptor {
        private final HttpUrl base;
        private final String authorization;
        private final String runAs;
        private final String userAgent;
        private final String accept;

        Headers(HttpUrl base, String authorization, String runAs, String userAgent, String accept) {
            this.base = base;
            this.authorization = authorization;
            this.runAs = runAs;
            this.userAgent = userAgent;
            this.accept = accept;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            Request.Builder b = request.newBuilder().header("User-Agent", userAgent);
            if (request.header("Accept") == null) {
                b.header("Accept", accept);
            }
            if (sameOrigin(request.url())) {
                if (authorization != null) {
                    b.header("Authorization", authorization);
                }
                if (runAs != null) {
                    b.header("RunAs", runAs);
                }
            } else {
                b.removeHeader("Authorization").removeHeader("RunAs");
            }
            return chain.proceed(b.build());
        }

        private boolean sameOrigin(HttpUrl url) {
            return url.scheme().equals(base.scheme())
                    && url.host().equalsIgnoreCase(base.host())
                    && url.port() == base.port();
        }
    }
}

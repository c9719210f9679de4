package org.seqdesk.api;

import java.io.IOException;

/**
 * Every way a VidiCore call can fail, as a small closed set. Each failure names the request (method
 * and URL, never credentials), the HTTP status if an answer came (0 otherwise), and the server's
 * own explanation if it gave one. The UI turns the kind into a sentence; the details go behind
 * "copy details".
 *
 * <p>It is an {@link IOException} so it passes unchanged through OkHttp and Retrofit.
 */
public abstract sealed class ApiException extends IOException
        permits ApiException.Unauthorized,
                ApiException.Forbidden,
                ApiException.NotFound,
                ApiException.InvalidInput,
                ApiException.Conflict,
                ApiException.ServerError,
                ApiException.Unavailable,
                ApiException.NetworkFailure,
                ApiException.Timeout,
                ApiException.MalformedAnswer,
                ApiException.ReadOnlyRefused {

    private final String method;
    private final String url;
    private final int status;
    private final String explanation;

    private ApiException(Request request, int status, String explanation, Throwable cause) {
        super(message(request, status, explanation), cause);
        this.method = request.method();
        this.url = request.url();
        this.status = status;
        this.explanation = explanation;
    }

    /** The request a failure is about: its method and its URL with credentials removed. */
    public record Request(String method, String url) {}

    /** A short name of the kind, e.g. {@code NotFound}, for logs and "copy details". */
    public String kind() {
        return getClass().getSimpleName();
    }

    public String method() {
        return method;
    }

    /** The URL without user info and with secret query values redacted. */
    public String url() {
        return url;
    }

    /** The HTTP status, or 0 when no answer came or, for an unreadable body, it is not known. */
    public int status() {
        return status;
    }

    /** What the server said, e.g. {@code notFound: Item VX-1}; null when it said nothing. */
    public String explanation() {
        return explanation;
    }

    /** Whether trying again later may help: the server or the network was the problem. */
    public boolean isTransient() {
        return false;
    }

    private static String message(Request request, int status, String explanation) {
        StringBuilder s = new StringBuilder(request.method()).append(' ').append(request.url());
        if (status > 0) {
            s.append(": HTTP ").append(status);
        }
        if (explanation != null && !explanation.isBlank()) {
            s.append(": ").append(explanation);
        }
        return s.toString();
    }

    /** 401: no or wrong credentials, or an expired token. */
    public static final class Unauthorized extends ApiException {
        private final String challenge;

        public Unauthorized(Request request, String explanation, String challenge) {
            super(request, 401, explanation, null);
            this.challenge = challenge;
        }

        /** The {@code WWW-Authenticate} header, or null when the server sent none. */
        public String challenge() {
            return challenge;
        }
    }

    /** 403: the user lacks a role for this. */
    public static final class Forbidden extends ApiException {
        public Forbidden(Request request, String explanation) {
            super(request, 403, explanation, null);
        }
    }

    /** 404 or 410: no such item, sequence, job, shape tag… */
    public static final class NotFound extends ApiException {
        public NotFound(Request request, int status, String explanation) {
            super(request, status, explanation, null);
        }
    }

    /** 400 and the other 4xx the request itself caused: a bad parameter or document. */
    public static final class InvalidInput extends ApiException {
        public InvalidInput(Request request, int status, String explanation) {
            super(request, status, explanation, null);
        }
    }

    /** 409: the request clashes with the server's state. */
    public static final class Conflict extends ApiException {
        public Conflict(Request request, String explanation) {
            super(request, 409, explanation, null);
        }
    }

    /** 500 and other 5xx but 503/504: the server failed. */
    public static final class ServerError extends ApiException {
        public ServerError(Request request, int status, String explanation) {
            super(request, status, explanation, null);
        }

        @Override
        public boolean isTransient() {
            return status() == 502;
        }
    }

    /** 503, 504 or 429: the server is busy or down for now. */
    public static final class Unavailable extends ApiException {
        public Unavailable(Request request, int status, String explanation) {
            super(request, status, explanation, null);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** No answer: the connection failed, was refused or was cut. */
    public static final class NetworkFailure extends ApiException {
        public NetworkFailure(Request request, IOException cause) {
            super(request, 0, describe(cause), cause);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** Connecting, reading, writing or the whole call took longer than allowed. */
    public static final class Timeout extends ApiException {
        public Timeout(Request request, IOException cause) {
            super(request, 0, describe(cause), cause);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** An answer came but could not be read as what was expected. */
    public static final class MalformedAnswer extends ApiException {
        public MalformedAnswer(Request request, int status, String explanation, Throwable cause) {
            super(request, status, explanation, cause);
        }
    }

    /** The client is read-only and the call would change the server. Nothing was sent. */
    public static final class ReadOnlyRefused extends ApiException {
        public ReadOnlyRefused(Request request) {
            super(request, 0, "the connection is read-only", null);
        }
    }

    private static String describe(Throwable cause) {
        String m = cause.getMessage();
        return m == null || m.isBlank() ? cause.getClass().getSimpleName() : m;
    }
}

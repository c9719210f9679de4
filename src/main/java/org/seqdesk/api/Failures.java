package org.seqdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.ExceptionDocument;
import org.seqdesk.api.doc.MalformedDocumentException;

/** The one place where HTTP statuses and I/O errors become {@link ApiException}s. */
final class Failures {
    /** The most of an error answer read to find the server's explanation. */
    static final int MAX_ERROR_BODY = 64 * 1024;

    private static final int MAX_TEXT = 300;
    private static final Pattern TITLE =
            Pattern.compile("<title[^>]*>([^<]{1,200})</title>", Pattern.CASE_INSENSITIVE);

    private Failures() {}

    /** The failure for a non-2xx answer; reads a bounded part of the body and closes it. */
    static ApiException fromResponse(ApiException.Request request, Response response) {
        String explanation;
        try (ResponseBody body = response.body()) {
            explanation = body == null ? null : explanation(body);
        } catch (IOException e) {
            explanation = null; // the status alone still says what happened
        }
        return fromStatus(
                request, response.code(), explanation, response.header("WWW-Authenticate"));
    }

    static ApiException fromStatus(
            ApiException.Request request, int status, String explanation, String challenge) {
        switch (status) {
            case 401:
                return new ApiException.Unauthorized(request, explanation, challenge);
            case 403:
                return new ApiException.Forbidden(request, explanation);
            case 404:
            case 410:
                return new ApiException.NotFound(request, status, explanation);
            case 409:
                return new ApiException.Conflict(request, explanation);
            case 429:
            case 503:
            case 504:
                return new ApiException.Unavailable(request, status, explanation);
            default:
                break;
        }
        if (status >= 400 && status < 500) {
            return new ApiException.InvalidInput(request, status, explanation);
        }
        if (status >= 500 && status < 600) {
            return new ApiException.ServerError(request, status, explanation);
        }
        return new ApiException.MalformedAnswer(
                request, status, "unexpected HTTP status " + status, null);
    }

    /** The failure for an exception thrown while sending or reading. */
    static ApiException fromIo(ApiException.Request request, IOException e) {
        if (e instanceof ApiException api) {
            return api;
        }
        if (e instanceof JsonProcessingException || e instanceof MalformedDocumentException) {
            IOException stream = streamCause(e);
            if (stream == null) {
                return new ApiException.MalformedAnswer(request, 0, firstLine(e), e);
            }
            return fromIo(request, stream);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new ApiException.Timeout(request, e);
        }
        return new ApiException.NetworkFailure(request, e);
    }

    /** An I/O failure of the stream under a parse error, e.g. a read timeout inside the parser. */
    private static IOException streamCause(Throwable e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof IOException io
                    && !(c instanceof JsonProcessingException)
                    && !(c instanceof MalformedDocumentException)
                    && !c.getClass().getName().startsWith("com.ctc.wstx")) {
                return io;
            }
        }
        return null;
    }

    /** The server's own explanation in an error answer, or null. */
    static String explanation(ResponseBody body) throws IOException {
        BufferedSource source = body.source();
        source.request(MAX_ERROR_BODY);
        long size = Math.min(source.getBuffer().size(), MAX_ERROR_BODY);
        byte[] bytes = source.getBuffer().readByteArray(size);
        return explanation(body.contentType(), bytes);
    }

    static String explanation(MediaType type, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return null;
        }
        String subtype = type == null ? "" : type.subtype().toLowerCase(Locale.ROOT);
        if (subtype.contains("html")
                || text.regionMatches(true, 0, "<!doctype html", 0, 14)
                || text.regionMatches(true, 0, "<html", 0, 5)) {
            Matcher m = TITLE.matcher(text);
            return m.find() ? m.group(1).strip() : null;
        }
        boolean json = subtype.contains("json") || (subtype.isEmpty() && text.startsWith("{"));
        boolean xml = subtype.contains("xml") || (subtype.isEmpty() && text.startsWith("<"));
        if (json || xml) {
            return exceptionDocument(bytes, json);
        }
        return shorten(text);
    }

    private static String exceptionDocument(byte[] bytes, boolean json) {
        try {
            ExceptionDocument doc =
                    json
                            ? Documents.readJson(bytes, ExceptionDocument.class)
                            : Documents.readXml(bytes, ExceptionDocument.class);
            return doc.explanation().orElse(null);
        } catch (IOException e) {
            return null; // not an error document: the status must do
        }
    }

    private static String shorten(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT) + "…";
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : shorten(m);
    }
}

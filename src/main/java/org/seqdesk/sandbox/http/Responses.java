package org.seqdesk.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.List;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.URIListDocument;

/** Writes documents in the kind the client's {@code Accept} asks for. */
public final class Responses {
    private Responses() {}

    public static void send(Context ctx, Object document) {
        write(ctx, document, MediaKind.fromAccept(ctx.header("Accept"), false), null);
    }

    /** Sends {@code document}, or {@code plain} when the client prefers {@code text/plain}. */
    public static void send(Context ctx, Object document, String plain) {
        write(ctx, document, MediaKind.fromAccept(ctx.header("Accept"), true), plain);
    }

    private static void write(Context ctx, Object document, MediaKind kind, String plain) {
        try {
            switch (kind) {
                case JSON:
                    ctx.contentType("application/json")
                            .result(Documents.json().writeValueAsBytes(document));
                    break;
                case TEXT:
                    ctx.contentType("text/plain;charset=utf-8").result(plain);
                    break;
                default:
                    ctx.contentType("application/xml")
                            .result(Documents.xml().writeValueAsBytes(document));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass(), e);
        }
    }

    /** VidiCore's plain-text lists: CRLF between values. */
    public static String lines(List<String> values) {
        return String.join("\r\n", values);
    }

    /** Sends a URIListDocument, or its values as CRLF lines for {@code text/plain}. */
    public static void sendUris(Context ctx, List<String> uris) {
        send(ctx, new URIListDocument(uris), lines(uris));
    }
}

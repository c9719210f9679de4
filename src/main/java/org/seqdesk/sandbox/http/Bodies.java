package org.seqdesk.sandbox.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.seqdesk.api.doc.Documents;

/** Reads request documents by {@code Content-Type} (sniffed when absent or vague). */
public final class Bodies {
    private Bodies() {}

    /** The body as {@code type}; a 400 {@code invalidInput} when absent or unreadable. */
    public static <T> T read(Context ctx, Class<T> type, String context) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.invalidInput(context, "A document body is required", "");
        }
        return read(body, ctx.contentType(), type, context);
    }

    public static <T> T read(byte[] body, String contentType, Class<T> type, String context) {
        MediaKind kind = MediaKind.ofBody(contentType, body);
        try {
            T value =
                    kind == MediaKind.JSON
                            ? Documents.readJson(body, type)
                            : Documents.readXml(body, type);
            if (value == null) {
                throw ApiException.invalidInput(context, "The document is empty", null);
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException) {
                throw (ApiException) e;
            }
            throw ApiException.invalidInput(
                    context, "The " + kind.name() + " document could not be read", null);
        }
    }
}

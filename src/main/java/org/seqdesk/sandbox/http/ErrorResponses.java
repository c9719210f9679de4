package org.seqdesk.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.timeline.SafeXml;

/**
 * Writes ExceptionDocuments: XML in the VidiCore namespace, JSON with every other member present as
 * {@code null} (as a 4.17 server does), or {@code text/plain} as {@code "400 An invalid parameter
 * was entered"}.
 */
public final class ErrorResponses {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MEMBERS =
            List.of(
                    "invalidInput",
                    "notFound",
                    "conflict",
                    "forbidden",
                    "notAuthorized",
                    "internalServer",
                    "notYetImplemented",
                    "licenseFault",
                    "fileAlreadyExists");

    private ErrorResponses() {}

    public static void write(Context ctx, ApiException e) {
        MediaKind kind = MediaKind.fromAccept(ctx.header("Accept"), true);
        ctx.status(e.status());
        if (e.status() == 401) {
            ctx.header("WWW-Authenticate", "Basic realm=\"VidiCore sandbox\"");
        }
        byte[] body = body(e, kind);
        ctx.contentType(kind.mediaType() + ";charset=utf-8");
        ctx.result(body);
    }

    static byte[] body(ApiException e, MediaKind kind) {
        switch (kind) {
            case TEXT:
                return (e.status() + " " + plainMessage(e)).getBytes(StandardCharsets.UTF_8);
            case JSON:
                return json(e);
            default:
                return xml(e).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The sentence VidiCore puts after the status code in a plain-text error. */
    private static String plainMessage(ApiException e) {
        switch (e.kind()) {
            case "invalidInput":
                return "An invalid parameter was entered";
            case "notFound":
                return "The requested resource could not be found";
            case "notAuthorized":
                return "Not authorized";
            case "forbidden":
                return "Forbidden";
            case "conflict":
                return "Conflict";
            default:
                return e.getMessage();
        }
    }

    private static byte[] json(ApiException e) {
        ObjectNode root = JSON.createObjectNode();
        for (String m : MEMBERS) {
            root.putNull(m);
        }
        ObjectNode member = root.putObject(e.kind());
        for (Map.Entry<String, String> f : e.fields().entrySet()) {
            member.put(f.getKey(), f.getValue());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String xml(ApiException e) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<ExceptionDocument xmlns=\"")
                .append(Documents.NAMESPACE)
                .append("\"><")
                .append(e.kind())
                .append('>');
        for (Map.Entry<String, String> f : e.fields().entrySet()) {
            x.append('<').append(f.getKey()).append('>');
            x.append(escape(f.getValue()));
            x.append("</").append(f.getKey()).append('>');
        }
        x.append("</").append(e.kind()).append("></ExceptionDocument>");
        return x.toString();
    }

    static String escape(String s) {
        return SafeXml.escape(s);
    }
}

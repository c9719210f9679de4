package org.seqdesk.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the API answers with an ExceptionDocument: its HTTP status, the document's element
 * ({@code notFound}, {@code invalidInput}, …) and that element's fields.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String kind;
    private final Map<String, String> fields;

    private ApiException(int status, String kind, String message, Map<String, String> fields) {
        super(message);
        this.status = status;
        this.kind = kind;
        this.fields = fields;
    }

    public int status() {
        return status;
    }

    /** The ExceptionDocument element name. */
    public String kind() {
        return kind;
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** 404 for a missing entity; {@code type} as VidiCore spells it ({@code Item}, {@code Job}). */
    public static ApiException notFound(String type, String id) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", type);
        f.put("id", id);
        return new ApiException(404, "notFound", "No such " + type + ": " + id, f);
    }

    /** 400 for bad input: which parameter or document part, why, and the value given. */
    public static ApiException invalidInput(String context, String explanation, String value) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("context", context);
        f.put("explanation", explanation);
        if (value != null) {
            f.put("value", value.length() > 200 ? value.substring(0, 200) + "…" : value);
        }
        return new ApiException(400, "invalidInput", explanation, f);
    }

    public static ApiException conflict(String context, String explanation) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("context", context);
        f.put("explanation", explanation);
        return new ApiException(409, "conflict", explanation, f);
    }

    public static ApiException forbidden(String context, String explanation) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("context", context);
        f.put("explanation", explanation);
        return new ApiException(403, "forbidden", explanation, f);
    }

    public static ApiException notAuthorized(String message) {
        return new ApiException(401, "notAuthorized", message, Map.of("message", message));
    }

    public static ApiException notYetImplemented(String message) {
        return new ApiException(501, "notYetImplemented", message, Map.of());
    }

    /** A status the HTTP layer decided (405, 406, 413, 415) as an {@code invalidInput}. */
    public static ApiException httpStatus(int status, String explanation) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("context", "request");
        f.put("explanation", explanation);
        return new ApiException(status, "invalidInput", explanation, f);
    }

    public static ApiException internal(String message) {
        return new ApiException(500, "internalServer", message, Map.of("message", message));
    }
}

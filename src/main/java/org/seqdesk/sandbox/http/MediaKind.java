package org.seqdesk.sandbox.http;

import java.util.Locale;

/** The three body kinds the API speaks, and how an {@code Accept} header picks one. */
public enum MediaKind {
    XML("application/xml"),
    JSON("application/json"),
    TEXT("text/plain");

    private final String mediaType;

    MediaKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The kind a client asks for: the first of XML, JSON or (when {@code textAllowed}) plain text
     * in {@code accept}'s order; XML when the header is absent, {@code *}{@code /*} or names
     * nothing usable.
     */
    public static MediaKind fromAccept(String accept, boolean textAllowed) {
        if (accept == null || accept.isBlank()) {
            return XML;
        }
        for (String part : accept.split(",")) {
            String type = part.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("application/json") || type.endsWith("+json")) {
                return JSON;
            }
            if (type.equals("application/xml")
                    || type.equals("text/xml")
                    || type.endsWith("+xml")) {
                return XML;
            }
            if (textAllowed && type.equals("text/plain")) {
                return TEXT;
            }
            if (type.equals("*/*") || type.equals("application/*")) {
                return XML;
            }
        }
        return XML;
    }

    /**
     * The kind of a request body by its {@code Content-Type}, sniffing when it says nothing useful.
     */
    public static MediaKind ofBody(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return JSON;
        }
        if (type.contains("xml")) {
            return XML;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[' ? JSON : XML;
            }
        }
        return XML;
    }
}

package org.seqdesk.api;

import okhttp3.MediaType;

/** The form a client asks VidiCore for, and writes its request documents in. */
public enum DocumentFormat {
    JSON("application/json"),
    XML("application/xml");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    MediaType contentType() {
        return MediaType.get(mediaType + "; charset=utf-8");
    }
}

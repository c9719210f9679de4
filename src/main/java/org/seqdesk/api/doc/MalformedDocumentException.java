package org.seqdesk.api.doc;

import java.io.IOException;

/** XML that is not well formed, declares a DOCTYPE, or has no root element. */
public final class MalformedDocumentException extends IOException {
    public MalformedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.seqdesk.sandbox.media;

import java.io.IOException;

/** A media operation (probe, generate, thumbnail, render) that could not be completed. */
public class MediaException extends IOException {
    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}

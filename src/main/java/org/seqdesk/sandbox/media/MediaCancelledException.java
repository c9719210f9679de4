package org.seqdesk.sandbox.media;

/** The operation was cancelled on request; nothing was left at the output path. */
public class MediaCancelledException extends MediaException {
    public MediaCancelledException(String message) {
        super(message);
    }
}

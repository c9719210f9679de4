package org.seqdesk.sandbox.store;

import java.time.Instant;

/** A sequence stored on an item in one format, as the bytes it was given (or normalised to). */
public record StoredSequence(
        long id, long itemId, String format, byte[] content, String contentType, Instant updated) {
    public StoredSequence {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String siteId() {
        return SiteIds.format(id);
    }
}

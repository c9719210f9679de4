package org.seqdesk.sequences;

import java.util.Objects;

/**
 * One sequence stored on an item, as {@code GET /item/{id}/sequence} lists it.
 *
 * @param format the format name used in the path ({@code vidispine}, {@code finalcut}, ...)
 */
public record SequenceEntry(String itemId, String id, String format) {
    public SequenceEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(format, "format");
        id = id == null ? "" : id;
    }
}

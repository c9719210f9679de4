package org.seqdesk.jobs;

import java.util.Objects;
import org.seqdesk.api.doc.SequenceDocument;

/**
 * What a render starts from: a sequence stored on an item, or a standalone sequence sent in the
 * request body (a file the user opened, converted to VidiCore's native form by the caller).
 *
 * @param itemId the item holding the sequence, or null for a standalone render
 * @param sequenceFormat the sequence's format name (e.g. {@code vidispine}, {@code finalcut})
 * @param title how the user knows the sequence, for the monitor and notifications
 * @param standalone the sequence to send, or null for an item render
 */
public record RenderSource(
        String itemId, String sequenceFormat, String title, SequenceDocument standalone) {

    public RenderSource {
        Objects.requireNonNull(sequenceFormat, "sequenceFormat");
        if ((itemId == null) == (standalone == null)) {
            throw new IllegalArgumentException("either an item or a standalone sequence");
        }
        title =
                title == null || title.isBlank()
                        ? (itemId == null ? sequenceFormat : itemId)
                        : title;
    }

    /** The sequence stored on {@code itemId} in {@code format}. */
    public static RenderSource item(String itemId, String format, String title) {
        return new RenderSource(Objects.requireNonNull(itemId, "itemId"), format, title, null);
    }

    /** A sequence that is not on the server; the render creates a new item for it. */
    public static RenderSource standalone(SequenceDocument sequence, String format, String title) {
        return new RenderSource(null, format, title, Objects.requireNonNull(sequence, "sequence"));
    }

    public boolean isItemRender() {
        return itemId != null;
    }
}

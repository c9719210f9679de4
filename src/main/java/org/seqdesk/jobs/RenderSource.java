package org.seqdesk.jobs;

import java.util.Objects;

/**
 * What a render starts from: a sequence stored on an item, or a standalone sequence sent in the
 * request body.
 *
 * @param itemId the item holding the sequence, or null for a standalone render
 * @param sequenceFormat the sequence's format name (e.g. {@code vidispine})
 * @param title how the user knows the sequence, for the monitor and notifications
 */
public record RenderSource(String itemId, String sequenceFormat, String title) {

    public RenderSource {
        Objects.requireNonNull(sequenceFormat, "sequenceFormat");
        title =
                title == null || title.isBlank()
                        ? (itemId == null ? sequenceFormat : itemId)
                        : title;
    }

    /** The sequence stored on {@code itemId} in {@code format}. */
    public static RenderSource item(String itemId, String format, String title) {
        return new RenderSource(Objects.requireNonNull(itemId, "itemId"), format, title);
    }

    public boolean isItemRender() {
        return itemId != null;
    }
}

package org.seqdesk.browser;

import java.util.Objects;

/**
 * One item as the result table shows it.
 *
 * @param duration as SMPTE timecode or empty when the server does not say
 * @param created ISO 8601, in UTC when the server gave a readable time, or empty; the table shows
 *     it in the reader's zone and language
 * @param sequenceCount the item's {@code __sequence_size}
 */
public record ItemRow(String id, String title, String duration, String created, int sequenceCount) {
    /** Stands in for a row whose page has not arrived yet. */
    public static final ItemRow LOADING = new ItemRow("", "", "", "", 0);

    public ItemRow {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        duration = duration == null ? "" : duration;
        created = created == null ? "" : created;
    }

    public boolean isLoading() {
        return this == LOADING;
    }

    public boolean hasSequences() {
        return sequenceCount > 0;
    }
}

package org.seqdesk.export;

import java.util.Objects;
import org.seqdesk.timeline.ReadResult;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;

/**
 * What to export: a sequence stored on an item ({@code itemId} and the stored {@code format}), or a
 * standalone sequence not on the server, sent in the request body.
 *
 * @param itemId the item holding the sequence; null for a standalone sequence
 * @param format the stored format of an item sequence (usually {@code vidispine}); null otherwise
 * @param sequence the standalone sequence; null for an item sequence (it is fetched)
 * @param label what the dialog calls the sequence, e.g. the item id or a file name
 */
public record ExportTarget(String itemId, String format, Sequence sequence, String label) {

    public ExportTarget {
        if ((itemId == null) == (sequence == null)) {
            throw new IllegalArgumentException("give an item id or a sequence, not both");
        }
        label = label == null || label.isBlank() ? (itemId != null ? itemId : "sequence") : label;
    }

    /** The sequence stored on item {@code itemId} in {@code format}. */
    public static ExportTarget item(String itemId, String format) {
        Objects.requireNonNull(format, "format");
        return new ExportTarget(itemId, format, null, itemId);
    }

    /** A sequence not on the server. */
    public static ExportTarget standalone(Sequence sequence, String label) {
        return new ExportTarget(null, null, Objects.requireNonNull(sequence, "sequence"), label);
    }

    /**
     * A sequence file not on the server, read with the timeline package.
     *
     * @throws IllegalArgumentException when the file holds no readable sequence
     */
    public static ExportTarget file(byte[] content, SequenceFormat format, String fileName) {
        ReadResult read = SequenceFormats.reader(format).read(content, fileName);
        Sequence sequence =
                read.sequence()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                fileName + ": " + read.problems()));
        return standalone(sequence, fileName);
    }

    public boolean isItem() {
        return itemId != null;
    }
}

package org.seqdesk.sequences;

import java.util.List;
import java.util.Optional;
import org.seqdesk.common.Messages;
import org.seqdesk.timeline.Problem;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.seqdesk.timeline.SequenceWriter;
import org.seqdesk.timeline.WriteResult;

/**
 * Converts a previewed file to a vidispine document, sent only once the user accepts the losses.
 */
final class PreviewConversion {
    private static final int LISTED = 12;

    private PreviewConversion() {}

    /** Whether the preview was read into a sequence that a vidispine writer can write. */
    static boolean possible(LoadedSequence preview) {
        return preview.result().sequence().isPresent()
                && SequenceFormats.writer(SequenceFormat.VIDISPINE).isPresent();
    }

    /** The converted document, or empty when the user would rather not lose what it drops. */
    static Optional<byte[]> toVidispine(LoadedSequence preview, Decisions decisions) {
        SequenceWriter writer = SequenceFormats.writer(SequenceFormat.VIDISPINE).orElseThrow();
        WriteResult written = writer.write(preview.result().sequence().orElseThrow());
        if (!written.losses().isEmpty() && !acceptLosses(preview, written.losses(), decisions)) {
            return Optional.empty();
        }
        return Optional.of(written.content());
    }

    /** A conversion that drops something is sent only once the user has seen what. */
    private static boolean acceptLosses(
            LoadedSequence preview, List<Problem> losses, Decisions decisions) {
        StringBuilder list = new StringBuilder();
        losses.stream().limit(LISTED).forEach(p -> list.append("\n\u2022 ").append(p.message()));
        if (losses.size() > LISTED) {
            list.append("\n\u2022 ")
                    .append(Messages.get("sequences.convert.more", losses.size() - LISTED));
        }
        return decisions.confirm(
                Messages.get("sequences.convert.title"),
                Messages.get("sequences.convert.losses", preview.fileName(), list.toString()));
    }
}

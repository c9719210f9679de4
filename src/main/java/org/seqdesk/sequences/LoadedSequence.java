package org.seqdesk.sequences;

import java.util.List;
import java.util.Optional;
import org.seqdesk.common.Messages;
import org.seqdesk.timeline.Problem;
import org.seqdesk.timeline.ReadResult;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;

/**
 * A sequence document being shown, with what its reader made of it: either fetched from an item
 * ({@code fileName} empty) or read from a file as a preview that is not on the server yet.
 *
 * @param itemId the item it is stored on, or will be; null for a preview bound for a new item
 * @param formatId the format name: the server's for a stored one, the detected one for a file
 * @param format the known format, or null when the name is one SeqDesk does not read
 */
public record LoadedSequence(
        String itemId,
        String formatId,
        SequenceFormat format,
        byte[] content,
        String fileName,
        ReadResult result) {

    static LoadedSequence read(SequenceEntry entry, byte[] content) {
        Optional<SequenceFormat> format = SequenceFormat.byId(entry.format());
        if (format.isEmpty()) {
            format = SequenceFormats.detect("", content);
        }
        ReadResult result =
                format.map(f -> SequenceFormats.reader(f).read(content, entry.format()))
                        .orElseGet(() -> unknown(entry.format()));
        return new LoadedSequence(
                entry.itemId(), entry.format(), format.orElse(null), content, "", result);
    }

    static LoadedSequence preview(String fileName, byte[] content, String targetItem) {
        Optional<SequenceFormat> format = SequenceFormats.detect(fileName, content);
        ReadResult result =
                format.map(f -> SequenceFormats.reader(f).read(content, fileName))
                        .orElseGet(() -> unknown(fileName));
        return new LoadedSequence(
                targetItem,
                format.map(SequenceFormat::id).orElse(""),
                format.orElse(null),
                content,
                fileName,
                result);
    }

    private static ReadResult unknown(String name) {
        return ReadResult.failed(
                List.of(Problem.error(name, Messages.get("sequences.format.unknown", name))));
    }

    public boolean isPreview() {
        return !fileName.isEmpty();
    }

    /** True when a preview can be sent: it was read into a sequence. */
    public boolean canUpload() {
        return isPreview() && format != null && result.sequence().isPresent();
    }

    int segmentCount() {
        return result.sequence().map(s -> s.segmentCount()).orElse(0);
    }

    String summary() {
        int problems = result.problems().size();
        if (isPreview()) {
            String target = itemId == null ? Messages.get("sequences.preview.newItem") : itemId;
            return Messages.get(
                    "sequences.preview.summary",
                    fileName,
                    formatId.isEmpty() ? "?" : formatId,
                    segmentCount(),
                    problems,
                    target);
        }
        return Messages.get("sequences.open.summary", formatId, itemId, segmentCount(), problems);
    }

    String describe() {
        return (isPreview() ? "file " + fileName : formatId + " of " + itemId)
                + " with "
                + segmentCount()
                + " segments and "
                + result.problems().size()
                + " problems";
    }
}

package org.seqdesk.timeline;

import java.util.List;
import java.util.Optional;

/** The readers and writers of every format, and format detection. */
public final class SequenceFormats {
    private SequenceFormats() {}

    /** The reader for {@code format}. */
    public static SequenceReader reader(SequenceFormat format) {
        switch (format) {
            case VIDISPINE:
                return VidispineFormat.reader();
            case EDL:
                return new EdlReader();
            case OTIO:
                return new OtioReader();
            case FINALCUT:
                return new FinalCutXmlReader();
            case FINALCUT_X:
                return new FinalCutXReader();
            case AAF:
                return new AafProbeReader();
            default:
                return unsupportedReader(format);
        }
    }

    /** The writer for {@code format}, if SeqDesk can write it. */
    public static Optional<SequenceWriter> writer(SequenceFormat format) {
        switch (format) {
            case VIDISPINE:
                return Optional.of(VidispineFormat.writer());
            case EDL:
                return Optional.of(new EdlWriter());
            case OTIO:
                return Optional.of(new OtioWriter());
            case FINALCUT:
                return Optional.of(new FinalCutXmlWriter());
            case FINALCUT_X:
                return Optional.of(new FinalCutXWriter());
            default:
                return Optional.empty();
        }
    }

    /**
     * Guesses the format from a file name and the first bytes of its content. Content wins where it
     * is clear; the name decides between look-alikes.
     */
    public static Optional<SequenceFormat> detect(String fileName, byte[] content) {
        String head =
                new String(
                        content,
                        0,
                        Math.min(content.length, 4096),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("\u00d0\u00cf\u0011\u00e0")) {
            return Optional.of(SequenceFormat.AAF);
        }
        Optional<SequenceFormat> byRoot = byXmlRoot(lower, content);
        if (byRoot.isPresent()) {
            return byRoot;
        }
        if (head.contains("SequenceDocument") || head.contains("xml.vidispine.com")) {
            return Optional.of(SequenceFormat.VIDISPINE);
        }
        if (head.contains("\"OTIO_SCHEMA\"")) {
            return Optional.of(SequenceFormat.OTIO);
        }
        if (lower.endsWith(".edl") || head.matches("(?s)\\s*(TITLE:|FCM:|\\d{3,}\\s).*")) {
            return Optional.of(SequenceFormat.EDL);
        }
        String trimmed = head.replace("\u00ef\u00bb\u00bf", "").trim();
        if (trimmed.startsWith("{") && !lower.endsWith(".otio")) {
            // VidiCore's JSON SequenceDocument has no root name, so any other JSON object is one
            return Optional.of(SequenceFormat.VIDISPINE);
        }
        for (SequenceFormat f : SequenceFormat.values()) {
            if (!f.extension().equals(".xml") && lower.endsWith(f.extension())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format named by the XML root element, whatever comes before it; a {@code .fcpxml} name is
     * Final Cut Pro X whenever the content is XML at all.
     */
    private static Optional<SequenceFormat> byXmlRoot(String lowerName, byte[] content) {
        Optional<String> root = XmlRootName.of(content);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        String name = root.get();
        if (name.equals("fcpxml")
                || lowerName.endsWith(SequenceFormat.FINALCUT_X.extension())
                        && !name.equals("xmeml")) {
            return Optional.of(SequenceFormat.FINALCUT_X);
        }
        if (name.equals("xmeml") || name.equals("filter")) {
            return Optional.of(SequenceFormat.FINALCUT);
        }
        if (name.equals("SequenceDocument")) {
            return Optional.of(SequenceFormat.VIDISPINE);
        }
        return Optional.empty();
    }

    private static SequenceReader unsupportedReader(SequenceFormat format) {
        return (content, name) ->
                ReadResult.failed(
                        List.of(
                                Problem.error(
                                        name, "SeqDesk cannot read " + format.id() + " files")));
    }
}

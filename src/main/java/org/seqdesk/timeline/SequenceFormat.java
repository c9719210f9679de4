package org.seqdesk.timeline;

import java.util.Locale;
import java.util.Optional;

/**
 * The interchange formats SeqDesk knows, named as VidiCore names them where it does ({@code
 * vidispine}, {@code finalcut}, {@code finalcut-x}, {@code aaf}); {@code edl} and {@code otio} are
 * SeqDesk's own names.
 */
public enum SequenceFormat {
    VIDISPINE("vidispine", "application/xml", ".xml"),
    FINALCUT("finalcut", "application/xml", ".xml"),
    FINALCUT_X("finalcut-x", "application/xml", ".fcpxml"),
    EDL("edl", "text/plain", ".edl"),
    OTIO("otio", "application/json", ".otio"),
    AAF("aaf", "application/octet-stream", ".aaf");

    private final String id;
    private final String mediaType;
    private final String extension;

    SequenceFormat(String id, String mediaType, String extension) {
        this.id = id;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The name used in VidiCore paths and parameters. */
    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file name ending, with its dot. */
    public String extension() {
        return extension;
    }

    public static Optional<SequenceFormat> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (SequenceFormat f : values()) {
            if (f.id.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

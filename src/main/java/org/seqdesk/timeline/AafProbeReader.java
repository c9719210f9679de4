package org.seqdesk.timeline;

import java.util.List;

/**
 * Answers for AAF files. SeqDesk does not read AAF compositions; this reader only says what the
 * file is, so that a person learns why nothing was imported: whether it is a structured-storage
 * container (the Microsoft compound file AAF is stored in) and whether its header carries an AAF
 * signature.
 *
 * <p>TODO(#4): read AAF compositions (CompositionMob, its timeline slots and source clips); this
 * needs a compound-file reader and the AAF object model, which SeqDesk does not have yet.
 */
final class AafProbeReader implements SequenceReader {
    private static final byte[] MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    /** The SMPTE label prefix that starts the second half of both AAF file-kind signatures. */
    private static final byte[] SMPTE_LABEL = {0x06, 0x0E, 0x2B, 0x34};

    @Override
    public ReadResult read(byte[] content, String sourceName) {
        String where = sourceName == null ? "" : sourceName;
        if (content.length < 512 || !startsWith(content, MAGIC, 0)) {
            return fail(
                    where,
                    "not an AAF file: it is not a structured-storage container (no D0 CF 11 E0"
                            + " A1 B1 1A E1 signature)");
        }
        int sectorShift = (content[30] & 0xFF) | (content[31] & 0xFF) << 8;
        String container =
                "a structured-storage container (compound file version "
                        + (content[26] & 0xFF)
                        + ", "
                        + (1 << Math.min(sectorShift, 16))
                        + "-byte sectors)";
        String kind =
                startsWith(content, SMPTE_LABEL, 16)
                        ? " whose header carries an AAF signature"
                        : " without an AAF signature in its header";
        return fail(
                where,
                "no sequence read: the file is "
                        + container
                        + kind
                        + ", and SeqDesk does not read AAF compositions; export the sequence"
                        + " as FCP 7 XML, FCPXML, EDL or OpenTimelineIO instead");
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int at) {
        if (content.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ReadResult fail(String where, String message) {
        return ReadResult.failed(List.of(Problem.error(where, message)));
    }
}

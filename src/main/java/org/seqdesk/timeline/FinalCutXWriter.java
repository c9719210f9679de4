package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes FCPXML 1.8: resources (formats, assets, effects) and one project in one event, whose
 * sequence's spine holds V1 with gaps filling its holes. Other tracks are connected clips, video
 * track n on lane n-1 and audio track n on lane -n, each attached to the spine element under its
 * start. A speed other than 1 is a linear {@code timeMap}.
 */
public final class FinalCutXWriter implements SequenceWriter {
    static final String CROSS_DISSOLVE_UID = "FxPlug:4731E73A-8DAC-4113-9A30-AE85B1761265";

    @Override
    public WriteResult write(Sequence sequence) {
        List<Problem> losses = new ArrayList<>();
        FcpxResources resources = new FcpxResources();
        TimeBase frame = sequence.rate().timeBase();
        String formatId = resources.format(frame);
        Rational tcStart = sequence.start().seconds();
        FcpxSpineBuilder spine = new FcpxSpineBuilder(sequence, resources, losses, tcStart);
        spine.build();

        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE fcpxml>\n");
        b.append("<fcpxml version=\"1.8\">\n");
        resources.write(b);
        b.append("<library>\n<event name=\"SeqDesk\">\n<project name=\"");
        InterchangeXml.escape(b, sequence.name().isEmpty() ? "Sequence" : sequence.name());
        b.append("\">\n<sequence format=\"").append(formatId);
        b.append("\" duration=\"").append(FcpxTime.format(spine.totalSeconds()));
        b.append("\" tcStart=\"").append(FcpxTime.format(tcStart));
        b.append("\" tcFormat=\"").append(sequence.rate().dropFrame() ? "DF" : "NDF");
        b.append("\" audioLayout=\"stereo\" audioRate=\"48k\">\n<spine>\n");
        spine.write(b);
        b.append("</spine>\n</sequence>\n</project>\n</event>\n</library>\n</fcpxml>\n");
        reportTrackFlags(sequence, losses);
        return WriteResult.of(b.toString(), losses);
    }

    private static void reportTrackFlags(Sequence sequence, List<Problem> losses) {
        for (Track t : sequence.tracks()) {
            if (!t.enabled()) {
                losses.add(
                        Problem.warning(
                                t.kind() + " track " + t.name(),
                                "FCPXML has no disabled tracks; its clips stay enabled"));
            }
        }
    }
}

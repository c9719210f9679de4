package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes Final Cut Pro 7 XML ({@code xmeml} version 5) that FCP 7 and Premiere Pro import: one
 * sequence with its rate, start timecode, video and audio tracks, clip items with their files,
 * transitions and markers.
 *
 * <p>Clip items carry explicit {@code start}/{@code end}, never -1. A file is written in full the
 * first time an item appears and by reference after that; its id and name are the segment's item,
 * its {@code pathurl} the segment's source when there is one.
 */
public final class FinalCutXmlWriter implements SequenceWriter {

    @Override
    public WriteResult write(Sequence sequence) {
        XmemlOut out = new XmemlOut(sequence);
        StringBuilder b = out.b;
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE xmeml>\n");
        b.append("<xmeml version=\"5\">\n<sequence id=\"sequence-1\">\n");
        out.element("name", sequence.title());
        out.element("duration", Long.toString(out.frames(sequence.duration(), "duration")));
        out.rate(sequence.rate());
        writeTimecode(out, sequence);
        b.append('\n');
        b.append("<media>\n<video>\n");
        writeTracks(out, sequence.videoTracks(), "V");
        b.append("</video>\n<audio>\n");
        writeTracks(out, sequence.audioTracks(), "A");
        b.append("</audio>\n</media>\n");
        writeMarkers(out, sequence);
        b.append("</sequence>\n</xmeml>\n");
        return WriteResult.of(b.toString(), out.losses);
    }

    private static void writeTimecode(XmemlOut out, Sequence sequence) {
        FrameRate rate = sequence.rate();
        long frame = out.frames(sequence.start(), "start timecode");
        out.b.append("<timecode>");
        out.rate(rate);
        out.element("string", rate.format(frame));
        out.element("frame", Long.toString(frame));
        out.element("displayformat", rate.dropFrame() ? "DF" : "NDF");
        out.b.append("</timecode>");
    }

    private static void writeTracks(XmemlOut out, List<Track> tracks, String prefix) {
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            String label = prefix + (i + 1);
            out.b.append("<track>\n");
            List<Object> items = ordered(track);
            XmemlJoins joins = XmemlJoins.of(items);
            for (Object item : items) {
                if (item instanceof Transition) {
                    Transition t = (Transition) item;
                    out.transition(t, label, track, joins.alignment(t));
                } else {
                    Segment s = (Segment) item;
                    out.clip(s, label, track.kind(), joins.into(s), joins.from(s));
                }
            }
            out.element("enabled", track.enabled() ? "TRUE" : "FALSE");
            out.element("locked", "FALSE");
            out.b.append("</track>\n");
        }
    }

    /** Segments and transitions by timeline position, a transition before a clip at its start. */
    private static List<Object> ordered(Track track) {
        List<Object> items = new ArrayList<>(track.segments());
        items.addAll(track.transitions());
        Comparator<Object> byStart = (x, y) -> XmemlOut.compare(startOf(x), startOf(y));
        items.sort(byStart.thenComparing(o -> o instanceof Transition ? 0 : 1));
        return items;
    }

    private static TimeCode startOf(Object item) {
        return item instanceof Transition
                ? ((Transition) item).in()
                : ((Segment) item).timelineIn();
    }

    private static void writeMarkers(XmemlOut out, Sequence sequence) {
        Set<String> colorLoss = new HashSet<>();
        for (Marker m : sequence.markers()) {
            long in = out.frames(m.position(), "marker " + m.name());
            long length = out.frames(m.duration(), "marker " + m.name());
            out.b.append("<marker>");
            out.element("name", m.name());
            out.element("comment", m.comment());
            out.element("in", Long.toString(in));
            out.element("out", length == 0 ? "-1" : Long.toString(in + length));
            out.b.append("</marker>\n");
            if (!m.color().isEmpty() && colorLoss.add(m.color())) {
                out.losses.add(
                        Problem.info(
                                "marker " + m.name(),
                                "marker colours are not written to FCP 7 XML (" + m.color() + ")"));
            }
        }
    }
}

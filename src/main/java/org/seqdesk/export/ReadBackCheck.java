package org.seqdesk.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.seqdesk.common.Messages;
import org.seqdesk.timeline.EdlReader;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.seqdesk.timeline.SequenceReader;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;

/**
 * Compares a sequence read back from an exported file with the one that was exported: tracks and
 * segments per kind, and each segment's timeline and source range, exactly (rational time, any time
 * bases). Names, effects and item references are not compared: formats spell them differently.
 */
final class ReadBackCheck {
    private static final Rational MAX_FRAME_RATE = Rational.of(120);

    private ReadBackCheck() {}

    /**
     * The reader for a file exported from {@code sequence}: an EDL states no frame rate, so it is
     * read at the sequence's own.
     */
    static SequenceReader reader(SequenceFormat format, Sequence sequence) {
        if (format == SequenceFormat.EDL) {
            return new EdlReader(sequence.rate());
        }
        return SequenceFormats.reader(format);
    }

    /** The differences in plain words; empty when the file holds the same edit. */
    static List<String> differences(Sequence expected, Sequence actual) {
        List<String> out = new ArrayList<>();
        if (expected.segmentCount() != actual.segmentCount()) {
            out.add(
                    Messages.get(
                            "export.verify.segmentCount",
                            actual.segmentCount(),
                            expected.segmentCount()));
        }
        for (TrackKind kind : TrackKind.values()) {
            compareKind(kind, nonEmpty(expected, kind), nonEmpty(actual, kind), out);
        }
        return out;
    }

    private static void compareKind(
            TrackKind kind, List<Track> expected, List<Track> actual, List<String> out) {
        String prefix = kind == TrackKind.VIDEO ? "V" : "A";
        if (expected.size() != actual.size()) {
            out.add(
                    Messages.get(
                            "export.verify.trackCount",
                            Messages.get(
                                    kind == TrackKind.VIDEO
                                            ? "export.verify.video"
                                            : "export.verify.audio"),
                            actual.size(),
                            expected.size()));
        }
        for (int t = 0; t < Math.min(expected.size(), actual.size()); t++) {
            List<Segment> e = sorted(expected.get(t));
            List<Segment> a = sorted(actual.get(t));
            String track = prefix + (t + 1);
            if (e.size() != a.size()) {
                out.add(Messages.get("export.verify.trackSegments", track, a.size(), e.size()));
            }
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                compareSegment(track + " #" + (i + 1), e.get(i), a.get(i), out);
            }
        }
    }

    private static void compareSegment(String where, Segment e, Segment a, List<String> out) {
        if (!same(e.timelineIn(), a.timelineIn()) || !same(e.timelineOut(), a.timelineOut())) {
            out.add(
                    Messages.get(
                            "export.verify.timeline",
                            where,
                            range(a.timelineIn(), a.timelineOut()),
                            range(e.timelineIn(), e.timelineOut())));
        }
        if (!same(e.sourceIn(), a.sourceIn()) || !same(e.sourceOut(), a.sourceOut())) {
            out.add(
                    Messages.get(
                            "export.verify.source",
                            where,
                            range(a.sourceIn(), a.sourceOut()),
                            range(e.sourceIn(), e.sourceOut())));
        }
    }

    private static boolean same(TimeCode a, TimeCode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.compareTo(b) == 0;
    }

    /** SMPTE timecodes with their rate where the times count frames, else VidiCore's text form. */
    private static String range(TimeCode in, TimeCode out) {
        if (in == null || out == null || in.isInfinite() || out.isInfinite()) {
            return text(in) + " – " + text(out);
        }
        if (!in.base().equals(out.base()) || in.base().rate().compareTo(MAX_FRAME_RATE) > 0) {
            return text(in) + " – " + text(out);
        }
        FrameRate rate = FrameRate.of(in.base());
        return Messages.get("export.verify.range", rate.format(in), rate.format(out), rate.label());
    }

    private static String text(TimeCode t) {
        return t == null ? "?" : t.toText();
    }

    private static List<Track> nonEmpty(Sequence s, TrackKind kind) {
        return s.tracks().stream()
                .filter(t -> t.kind() == kind && !t.segments().isEmpty())
                .toList();
    }

    private static List<Segment> sorted(Track track) {
        List<Segment> list = new ArrayList<>(track.segments());
        list.sort(Comparator.comparing(Segment::timelineIn));
        return list;
    }
}

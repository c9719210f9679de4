package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The text being written by {@link FinalCutXmlWriter}, and the losses met on the way. */
final class XmemlOut {
    final StringBuilder b = new StringBuilder(1 << 16);
    final List<Problem> losses = new ArrayList<>();
    private final Sequence sequence;
    private final TimeBase base;
    private final Set<String> writtenFiles = new HashSet<>();
    private final Map<Track, TimeCode[]> trackBounds = new IdentityHashMap<>();
    private int clipCount;

    XmemlOut(Sequence sequence) {
        this.sequence = sequence;
        this.base = sequence.rate().timeBase();
    }

    void element(String name, String text) {
        b.append('<').append(name).append('>');
        InterchangeXml.escape(b, text == null ? "" : text);
        b.append("</").append(name).append('>');
    }

    void rate(FrameRate rate) {
        b.append("<rate>");
        element("timebase", Integer.toString(rate.nominal()));
        element("ntsc", rate.isNtsc() ? "TRUE" : "FALSE");
        b.append("</rate>");
    }

    /** {@code time} in sequence frames; a time between frames is rounded and reported. */
    long frames(TimeCode time, String where) {
        return framesIn(time, base, where);
    }

    long framesIn(TimeCode time, TimeBase target, String where) {
        if (time.base().equals(target)) {
            return time.samples();
        }
        if (time.isExactIn(target)) {
            return time.exactlyIn(target).samples();
        }
        losses.add(
                Problem.warning(
                        where,
                        time.toText() + " is not on the frame grid of " + target + "; rounded"));
        return time.roundTo(target).samples();
    }

    /** Writes a transition; {@code alignment} null lets the track's clips decide it. */
    void transition(Transition t, String track, Track owner, String alignment) {
        TrackKind kind = owner.kind();
        String where = track + " transition at " + t.in().toText();
        b.append("<transitionitem>");
        element("start", Long.toString(frames(t.in(), where)));
        element("end", Long.toString(frames(t.out(), where)));
        element("alignment", alignment != null ? alignment : alignment(t, owner));
        rate(sequence.rate());
        String name = t.name().isEmpty() ? "Cross Dissolve" : t.name();
        b.append("<effect>");
        element("name", name);
        element("effectid", name);
        element("effectcategory", t.isWipe() ? "Wipe" : "Dissolve");
        element("effecttype", "transition");
        element("mediatype", kind == TrackKind.AUDIO ? "audio" : "video");
        b.append("</effect></transitionitem>\n");
        if (t.isWipe()) {
            losses.add(
                    Problem.warning(where, "SMPTE wipe " + t.wipe() + " is written by name only"));
        }
    }

    /** {@code end-black} at the track's end, {@code start-black} at its start, else centred. */
    private String alignment(Transition t, Track owner) {
        TimeCode[] bounds = trackBounds.computeIfAbsent(owner, XmemlOut::bounds);
        if (bounds == null) {
            return "center";
        }
        boolean clipBefore = compare(bounds[0], t.in()) < 0;
        boolean clipAfter = compare(bounds[1], t.out()) > 0;
        return !clipAfter ? "end-black" : !clipBefore ? "start-black" : "center";
    }

    /** The earliest segment start and latest segment end of a track, or null if it is empty. */
    private static TimeCode[] bounds(Track track) {
        TimeCode first = null;
        TimeCode last = null;
        for (Segment s : track.segments()) {
            first = first == null || compare(s.timelineIn(), first) < 0 ? s.timelineIn() : first;
            last = last == null || compare(s.timelineOut(), last) > 0 ? s.timelineOut() : last;
        }
        return first == null ? null : new TimeCode[] {first, last};
    }

    void clip(Segment s, String track, TrackKind kind, Transition into, Transition from) {
        clipCount++;
        new XmemlClipWriter(this, s, track + " #" + clipCount, kind).write(clipCount, into, from);
    }

    /** True the first time a file id is written, so that later clips refer to it by id only. */
    boolean firstUseOfFile(String id) {
        return writtenFiles.add(id);
    }

    /** Compares two times, quickly when they share a base. */
    static int compare(TimeCode a, TimeCode b) {
        if (a.base().equals(b.base()) && !a.isInfinite() && !b.isInfinite()) {
            return Long.compare(a.samples(), b.samples());
        }
        return a.compareTo(b);
    }

    TimeBase base() {
        return base;
    }

    FrameRate rate() {
        return sequence.rate();
    }
}

package org.seqdesk.timeline;

import static org.seqdesk.timeline.InterchangeXml.child;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;

/** Reads a project's {@code <sequence>}: rate, start timecode, and the storylines as tracks. */
final class FcpxSequenceReader {
    private final FcpxContext ctx;

    FcpxSequenceReader(FcpxContext ctx) {
        this.ctx = ctx;
    }

    Sequence read(Element project, Element sequence, String path) {
        FrameRate rate = rate(sequence, path);
        ctx.frameBase = rate.timeBase();
        ctx.fps = rate.fps();
        Rational tcStart = ctx.time(sequence, "tcStart", Rational.ZERO, path);
        TimeCode start = FcpxTime.toTime(tcStart, rate.timeBase());
        if (!start.base().equals(rate.timeBase())) {
            ctx.problems.add(
                    Problem.warning(path, "tcStart is not on the frame grid; rounded down"));
            start = start.floorTo(rate.timeBase());
        }
        FcpxSpineWalker walker = new FcpxSpineWalker(ctx);
        Element spine = child(sequence, "spine");
        if (spine == null) {
            ctx.problems.add(Problem.warning(path, "the sequence has no spine"));
        } else {
            Rational end = Rational.of(Long.MAX_VALUE / 4);
            FcpxSpineWalker.Placement whole =
                    FcpxSpineWalker.Placement.spine(tcStart.negate(), end.negate(), end);
            walker.walkSpine(spine, whole, 0, path + "/spine");
        }
        return new Sequence(
                "",
                FinalCutXReader.name(project),
                rate,
                start,
                tracks(walker),
                sortedMarkers(walker.markers),
                Map.of());
    }

    private FrameRate rate(Element sequence, String path) {
        TimeBase base = ctx.formatBase(sequence.getAttribute("format"));
        if (base == null) {
            ctx.problems.add(
                    Problem.warning(path, "the sequence's format has no frameDuration; 25 fps"));
            base = TimeBase.PAL;
        }
        boolean df = "DF".equals(sequence.getAttribute("tcFormat"));
        Rational fps = base.rate();
        boolean canDrop = fps.denominator() == 1001 && fps.numerator() % 30000 == 0;
        if (df && !canDrop) {
            ctx.problems.add(
                    Problem.warning(
                            path,
                            "contradictory timecode: tcFormat DF at " + fps + " fps; read as NDF"));
        }
        return new FrameRate(fps, df && canDrop);
    }

    /** V1 from lane 0 and lanes above; A1 and on from lanes below. Missing lanes stay empty. */
    private static List<Track> tracks(FcpxSpineWalker walker) {
        TreeMap<Integer, FcpxSpineWalker.Lane> lanes = walker.lanes;
        List<Track> tracks = new ArrayList<>();
        int top = lanes.isEmpty() ? 0 : Math.max(0, lanes.lastKey());
        int bottom = lanes.isEmpty() ? 0 : Math.min(0, lanes.firstKey());
        for (int lane = 0; lane <= top; lane++) {
            tracks.add(track(TrackKind.VIDEO, lanes.get(lane)));
        }
        for (int lane = -1; lane >= bottom; lane--) {
            tracks.add(track(TrackKind.AUDIO, lanes.get(lane)));
        }
        if (lanes.isEmpty()) {
            return List.of();
        }
        return tracks;
    }

    private static Track track(TrackKind kind, FcpxSpineWalker.Lane lane) {
        if (lane == null) {
            return new Track(kind, "", true, List.of(), List.of());
        }
        List<Segment> segments = new ArrayList<>(lane.segments);
        segments.sort((a, b) -> XmemlOut.compare(a.timelineIn(), b.timelineIn()));
        List<Transition> transitions = new ArrayList<>(lane.transitions);
        transitions.sort((a, b) -> XmemlOut.compare(a.in(), b.in()));
        return new Track(kind, "", true, segments, transitions);
    }

    private static List<Marker> sortedMarkers(List<Marker> markers) {
        List<Marker> sorted = new ArrayList<>(markers);
        sorted.sort(Comparator.comparing(Marker::position));
        return sorted;
    }
}

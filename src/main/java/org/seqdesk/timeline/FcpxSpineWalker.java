package org.seqdesk.timeline;

import static org.seqdesk.timeline.InterchangeXml.attr;
import static org.seqdesk.timeline.InterchangeXml.elements;
import static org.seqdesk.timeline.InterchangeXml.localName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Element;

/**
 * Walks a spine and everything connected to it. Each element's {@code offset} is in its parent's
 * local time; a {@link Placement} maps that local time to seconds from the sequence's first frame.
 */
final class FcpxSpineWalker {
    static final Set<String> STORY_ITEMS =
            Set.of(
                    "asset-clip",
                    "clip",
                    "ref-clip",
                    "mc-clip",
                    "sync-clip",
                    "title",
                    "video",
                    "audio",
                    "gap");

    /** What one lane (storyline level) holds. */
    static final class Lane {
        final List<Segment> segments = new ArrayList<>();
        final List<Transition> transitions = new ArrayList<>();
    }

    /**
     * Local time {@code x} of a parent lies at {@code at + (x - localStart) * scale} seconds on the
     * timeline; a marker of the parent shows only within the parent, {@code [from, to)}.
     */
    record Placement(Rational at, Rational localStart, Rational scale, Rational from, Rational to) {
        Rational map(Rational local) {
            return at.plus(local.minus(localStart).times(scale));
        }

        static Placement spine(Rational base, Rational from, Rational to) {
            return new Placement(base, Rational.ZERO, Rational.ONE, from, to);
        }
    }

    final TreeMap<Integer, Lane> lanes = new TreeMap<>();
    final List<Marker> markers = new ArrayList<>();
    private final FcpxContext ctx;
    private final FcpxClipReader clips;

    FcpxSpineWalker(FcpxContext ctx) {
        this.ctx = ctx;
        this.clips = new FcpxClipReader(ctx);
    }

    void walkSpine(Element spine, Placement p, int lane, String path) {
        Map<String, Integer> counts = new HashMap<>();
        for (Element e : elements(spine)) {
            String name = localName(e);
            String itemPath = path + "/" + name + "[" + counts.merge(name, 1, Integer::sum) + "]";
            if (name.equals("transition")) {
                transition(e, p, lane, itemPath);
            } else if (STORY_ITEMS.contains(name)) {
                item(e, p, lane, itemPath);
            }
        }
    }

    private void transition(Element e, Placement p, int lane, String path) {
        Rational in = p.map(ctx.time(e, "offset", Rational.ZERO, path));
        Rational duration = ctx.time(e, "duration", Rational.ZERO, path);
        lane(lane)
                .transitions
                .add(
                        new Transition(
                                FinalCutXReader.name(e),
                                FcpxTime.toTime(in, ctx.frameBase),
                                FcpxTime.toTime(in.plus(duration), ctx.frameBase),
                                null));
    }

    /** A story element, and what is connected to it. */
    private void item(Element e, Placement p, int lane, String path) {
        Rational at = p.map(ctx.time(e, "offset", Rational.ZERO, path));
        Rational start = ctx.time(e, "start", Rational.ZERO, path);
        Rational duration = ctx.time(e, "duration", Rational.ZERO, path);
        FcpxSpeed speed = FcpxSpeed.of(e, ctx, path);
        if (!localName(e).equals("gap")) {
            Segment s = clips.read(e, at, start, duration, speed, path);
            int target = lane == 0 && clips.isAudioOnly(e) ? -1 : lane;
            lane(target).segments.add(s);
        }
        Rational scale = speed.localToTimeline(Rational.ONE);
        Placement inner = new Placement(at, start, scale, at, at.plus(duration));
        for (Element c : elements(e)) {
            String name = localName(c);
            String laneText = attr(c, "lane");
            if (name.equals("marker") || name.equals("chapter-marker")) {
                marker(c, inner, path);
            } else if (laneText != null && STORY_ITEMS.contains(name)) {
                item(c, inner, lane + Integer.parseInt(laneText.trim()), path + "/" + name);
            } else if (laneText != null && name.equals("spine")) {
                connectedSpine(c, inner, lane + Integer.parseInt(laneText.trim()), path);
            }
        }
    }

    /** A secondary storyline: its children count from the storyline's own start. */
    private void connectedSpine(Element spine, Placement parent, int lane, String path) {
        Rational at = parent.map(ctx.time(spine, "offset", Rational.ZERO, path));
        Rational start = ctx.time(spine, "start", Rational.ZERO, path);
        walkSpine(
                spine,
                new Placement(at, start, Rational.ONE, parent.from(), parent.to()),
                lane,
                path + "/spine");
    }

    private void marker(Element m, Placement p, String path) {
        Rational at = p.map(ctx.time(m, "start", Rational.ZERO, path));
        String value = attr(m, "value");
        if (at.compareTo(p.from()) < 0 || at.compareTo(p.to()) >= 0) {
            ctx.problems.add(
                    Problem.info(
                            path,
                            "marker \""
                                    + value
                                    + "\" lies outside its clip and is hidden; not read"));
            return;
        }
        Rational duration = ctx.time(m, "duration", Rational.ZERO, path);
        markers.add(
                new Marker(
                        value,
                        attr(m, "note"),
                        FcpxTime.toTime(at, ctx.frameBase),
                        FcpxTime.toTime(duration, ctx.frameBase),
                        markerColor(m)));
    }

    /** The colour Final Cut shows: chapter orange, to-do red or green, standard blue. */
    static String markerColor(Element m) {
        if (localName(m).equals("chapter-marker")) {
            return "orange";
        }
        String completed = attr(m, "completed");
        if (completed == null) {
            return "blue";
        }
        return completed.equals("1") ? "green" : "red";
    }

    private Lane lane(int lane) {
        return lanes.computeIfAbsent(lane, l -> new Lane());
    }
}

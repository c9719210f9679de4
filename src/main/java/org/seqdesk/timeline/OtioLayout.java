package org.seqdesk.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays the children of an OpenTimelineIO track on the timeline: clips and gaps one after another,
 * transitions across the cut they sit at. A nested stack or track is flattened into the track that
 * holds it (its top layer only) and reported, since the model has no nesting.
 */
final class OtioLayout {
    private static final TimeCode ZERO = TimeCode.zero(TimeBase.SECONDS);

    final List<Segment> segments = new ArrayList<>();
    final List<Transition> transitions = new ArrayList<>();
    final List<Marker> markers = new ArrayList<>();
    private final OtioValues values;
    private final OtioClips clips;
    private final List<Problem> problems;

    /**
     * Where a track's own time lands on the timeline: internal time {@code start} is timeline time
     * {@code origin}; nothing after internal {@code end} (null: unbounded) shows.
     */
    record Window(TimeCode origin, TimeCode start, TimeCode end, Rational speed) {
        TimeCode toTimeline(TimeCode internal) {
            return origin.plus(internal.minus(start));
        }
    }

    OtioLayout(OtioValues values, List<Problem> problems) {
        this.values = values;
        this.problems = problems;
        this.clips = new OtioClips(values, problems);
    }

    /** A window that shows everything, from time zero. */
    static Window whole() {
        return new Window(ZERO, ZERO, null, Rational.ONE);
    }

    /** The window of a top-level track: its own source range, if any, trims and shifts it. */
    Window topWindow(JsonNode track, String path) {
        TimeCode[] sr = values.range(track.get("source_range"), path + ".source_range");
        if (sr == null) {
            return new Window(ZERO, ZERO, null, Rational.ONE);
        }
        TimeCode end = sr[0].plus(sr[1]);
        TimeCode content = contentDuration(track, false, path);
        if (sr[0].signum() < 0 && end.signum() <= 0 && content.signum() > 0) {
            // written by tools that shift a track to its record start: taken as a pure offset
            problems.add(
                    Problem.warning(
                            path + ".source_range",
                            "the track's range lies before its content; read as an offset of "
                                    + sr[0].negate().toText()));
            return new Window(ZERO, sr[0], null, Rational.ONE);
        }
        return new Window(ZERO, sr[0], end, Rational.ONE);
    }

    void children(JsonNode children, Window w, String path) {
        if (children == null || !children.isArray()) {
            return;
        }
        TimeCode cursor = ZERO;
        for (int i = 0; i < children.size(); i++) {
            JsonNode child = children.get(i);
            String at = path + ".children[" + i + "]";
            String kind = OtioValues.kind(child);
            if (kind.equals("Transition")) {
                transition(child, cursor, w, at);
                continue;
            }
            TimeCode duration = duration(child, at);
            if (duration == null) {
                problems.add(Problem.error(at, "item without a duration skipped: " + kind));
                continue;
            }
            if (kind.equals("Clip")) {
                clip(child, cursor, duration, w, at);
            } else if (kind.equals("Stack") || kind.equals("Track") || kind.equals("Sequence")) {
                nested(child, kind, cursor, duration, w, at);
            } else if (!kind.equals("Gap")) {
                problems.add(
                        Problem.warning(
                                at, "unknown item left as a gap: " + OtioValues.schema(child)));
            }
            cursor = cursor.plus(duration);
        }
    }

    /** The item's length in its parent: its source range, else what it holds. */
    TimeCode duration(JsonNode item, String path) {
        TimeCode[] sr = values.range(item.get("source_range"), path + ".source_range");
        if (sr != null) {
            return sr[1];
        }
        String kind = OtioValues.kind(item);
        if (kind.equals("Clip")) {
            JsonNode ref = OtioClips.reference(item);
            TimeCode[] ar =
                    ref == null
                            ? null
                            : values.range(ref.get("available_range"), path + ".available_range");
            return ar == null ? null : ar[1];
        }
        if (kind.equals("Gap") && item.has("duration")) {
            return values.time(item.get("duration"), path + ".duration");
        }
        if (kind.equals("Track") || kind.equals("Sequence") || kind.equals("Stack")) {
            return contentDuration(item, kind.equals("Stack"), path);
        }
        return null;
    }

    private TimeCode contentDuration(JsonNode composition, boolean stacked, String path) {
        TimeCode total = ZERO;
        JsonNode children = composition.get("children");
        if (children == null || !children.isArray()) {
            return total;
        }
        for (JsonNode c : children) {
            if (OtioValues.kind(c).equals("Transition")) {
                continue;
            }
            TimeCode d = duration(c, path);
            if (d != null) {
                total = stacked ? TimeCode.max(total, d) : total.plus(d);
            }
        }
        return total;
    }

    private void clip(JsonNode clip, TimeCode cursor, TimeCode duration, Window w, String path) {
        TimeCode end = cursor.plus(duration);
        TimeCode visibleIn = TimeCode.max(cursor, w.start());
        TimeCode visibleOut = w.end() == null ? end : TimeCode.min(end, w.end());
        if (visibleOut.compareTo(visibleIn) <= 0) {
            problems.add(Problem.info(path, "clip outside its track's range; not shown"));
            return;
        }
        TimeBase base = duration.base();
        TimeCode tlIn = prefer(w.toTimeline(visibleIn), base);
        TimeCode tlOut = prefer(w.toTimeline(visibleOut), base);
        Segment s;
        try {
            s = clips.segment(clip, tlIn, tlOut, visibleIn.minus(cursor), w.speed(), path);
        } catch (ArithmeticException | IllegalArgumentException e) {
            problems.add(
                    Problem.error(path, "clip times out of range; skipped: " + e.getMessage()));
            return;
        }
        if (s != null) {
            segments.add(s);
            markers.addAll(clips.markers(clip, s, path));
        }
    }

    private void transition(JsonNode t, TimeCode cut, Window w, String path) {
        TimeCode inOffset = values.time(t.get("in_offset"), path + ".in_offset");
        TimeCode outOffset = values.time(t.get("out_offset"), path + ".out_offset");
        if (inOffset == null || outOffset == null) {
            problems.add(Problem.error(path, "transition without offsets skipped"));
            return;
        }
        TimeCode in = prefer(w.toTimeline(cut.minus(inOffset)), inOffset.base());
        TimeCode out = prefer(w.toTimeline(cut.plus(outOffset)), outOffset.base());
        if (in.signum() < 0) {
            problems.add(Problem.warning(path, "transition starts before the track does"));
        }
        String name = OtioValues.text(t, "name");
        JsonNode wipe = t.path("metadata").path("seqdesk").get("wipe");
        transitions.add(
                new Transition(
                        name.isEmpty() ? OtioValues.text(t, "transition_type") : name,
                        in,
                        out,
                        wipe != null && wipe.canConvertToInt() ? wipe.intValue() : null));
    }

    private void nested(
            JsonNode item, String kind, TimeCode cursor, TimeCode duration, Window w, String path) {
        TimeCode[] sr = values.range(item.get("source_range"), path + ".source_range");
        TimeCode start = sr == null ? ZERO : sr[0];
        Rational speed = w.speed().times(clips.speed(item, path));
        Window inner = new Window(w.toTimeline(cursor), start, start.plus(duration), speed);
        JsonNode children = item.get("children");
        if (!kind.equals("Stack")) {
            problems.add(
                    Problem.warning(
                            path,
                            "nested track '" + OtioValues.text(item, "name") + "' flattened"));
            children(children, inner, path);
            return;
        }
        if (children == null || !children.isArray() || children.isEmpty()) {
            return;
        }
        problems.add(
                Problem.warning(
                        path,
                        "nested stack '"
                                + OtioValues.text(item, "name")
                                + "' flattened"
                                + (children.size() > 1 ? "; only its top layer kept" : "")));
        JsonNode top = children.get(children.size() - 1);
        String topKind = OtioValues.kind(top);
        if (topKind.equals("Track") || topKind.equals("Sequence")) {
            children(top.get("children"), inner, path + ".children[" + (children.size() - 1) + "]");
        } else {
            // a stack's children all start at its time zero
            com.fasterxml.jackson.databind.node.ArrayNode one =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            one.add(top);
            children(one, inner, path);
        }
    }

    /** The time in {@code base} when it falls on a sample there, as it does in a clean file. */
    static TimeCode prefer(TimeCode t, TimeBase base) {
        return t.isExactIn(base) ? t.exactlyIn(base) : t;
    }
}

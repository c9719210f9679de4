package org.seqdesk.timeline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transitions of one track that join two abutting clips at an edit point FCP 7 can name (the
 * transition's start, middle or end). Such clips are written the FCP 7 way: the outgoing clip runs
 * to the transition's end and the incoming one from its start, their hidden edges written as -1.
 */
final class XmemlJoins {
    private final Map<Transition, String> alignments = new IdentityHashMap<>();
    private final Map<Segment, Transition> runsInto = new IdentityHashMap<>();
    private final Map<Segment, Transition> runsFrom = new IdentityHashMap<>();

    /** Finds the joins among a track's items, in timeline order. */
    static XmemlJoins of(List<Object> ordered) {
        XmemlJoins joins = new XmemlJoins();
        for (int i = 1; i + 1 < ordered.size(); i++) {
            if (ordered.get(i) instanceof Transition
                    && ordered.get(i - 1) instanceof Segment
                    && ordered.get(i + 1) instanceof Segment) {
                joins.consider(
                        (Transition) ordered.get(i),
                        (Segment) ordered.get(i - 1),
                        (Segment) ordered.get(i + 1));
            }
        }
        return joins;
    }

    private void consider(Transition t, Segment before, Segment after) {
        TimeCode cut = before.timelineOut();
        boolean sameBase = t.in().base().equals(cut.base()) && t.out().base().equals(cut.base());
        if (!sameBase
                || !cut.equals(after.timelineIn())
                || before.speed().signum() < 0
                || after.speed().signum() < 0) {
            return;
        }
        String alignment = alignment(t, cut.samples());
        if (alignment != null) {
            alignments.put(t, alignment);
            runsInto.put(before, t);
            runsFrom.put(after, t);
        }
    }

    /** The FCP 7 alignment whose edit point is {@code cut}, or null if none is. */
    private static String alignment(Transition t, long cut) {
        long in = t.in().samples();
        long out = t.out().samples();
        if (cut == in + (out - in) / 2) {
            return "center";
        }
        return cut == in ? "start" : cut == out ? "end" : null;
    }

    String alignment(Transition t) {
        return alignments.get(t);
    }

    /** The transition the segment's end runs into, or null. */
    Transition into(Segment s) {
        return runsInto.get(s);
    }

    /** The transition the segment's start runs from, or null. */
    Transition from(Segment s) {
        return runsFrom.get(s);
    }
}

package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * What both SequenceDocument writers put out for a sequence, and what a SequenceDocument cannot
 * hold: clip names, markers, the start timecode, switched-off clips and speeds that its source and
 * timeline ranges cannot express.
 */
final class VidispinePlan {
    final List<Track> tracks = new ArrayList<>();
    final List<Problem> losses = new ArrayList<>();

    private int names;
    private int disabled;

    private VidispinePlan() {}

    static VidispinePlan of(Sequence sequence) {
        VidispinePlan plan = new VidispinePlan();
        plan.sequenceLosses(sequence);
        int index = 0;
        for (Track t : sequence.tracks()) {
            index++;
            plan.tracks.add(plan.track(t, trackLabel(t, index)));
        }
        if (plan.names > 0) {
            plan.losses.add(
                    Problem.info(
                            "",
                            plan.names
                                    + " clip names or source paths not kept: a SequenceDocument"
                                    + " names only the item"));
        }
        if (plan.disabled > 0) {
            plan.losses.add(
                    Problem.warning(
                            "",
                            plan.disabled
                                    + " switched-off segments left out: a SequenceDocument has"
                                    + " no enabled flag"));
        }
        return plan;
    }

    private static String trackLabel(Track t, int index) {
        return (t.kind() == TrackKind.VIDEO ? "video" : "audio") + " track " + index;
    }

    private void sequenceLosses(Sequence s) {
        if (!s.markers().isEmpty()) {
            losses.add(
                    Problem.warning(
                            "",
                            s.markers().size()
                                    + " markers not kept: no markers in a SequenceDocument"));
        }
        if (!s.start().isInfinite() && s.start().samples() != 0) {
            losses.add(Problem.info("", "start timecode " + s.start().toText() + " not kept"));
        }
        if (s.rate().dropFrame()) {
            losses.add(Problem.info("", "drop-frame timecode mode not kept (times are exact)"));
        }
        long other =
                s.metadata().keySet().stream()
                        .filter(k -> !k.startsWith(VidispineAssembly.SETTING_PREFIX))
                        .count();
        if (other > 0) {
            losses.add(Problem.info("", other + " metadata entries not kept"));
        }
    }

    private Track track(Track t, String label) {
        if (!t.enabled()) {
            losses.add(Problem.warning(label, "track is switched off; written as an active track"));
        }
        List<Segment> kept = new ArrayList<>();
        int n = 0;
        for (Segment s : t.segments()) {
            n++;
            if (!s.enabled()) {
                disabled++;
                continue;
            }
            if (!s.name().isEmpty() || !s.source().isEmpty()) {
                names++;
            }
            checkSegment(s, label + " segment " + n);
            kept.add(s);
        }
        return new Track(t.kind(), t.name(), true, kept, t.transitions());
    }

    private void checkSegment(Segment s, String where) {
        if (s.item().isEmpty()) {
            losses.add(Problem.warning(where, "no item: VidiCore requires one"));
        }
        if (s.speed().equals(Rational.ONE)) {
            return;
        }
        if (s.sourceIn() == null || s.sourceOut() == null || s.speed().signum() < 0) {
            losses.add(
                    Problem.warning(
                            where,
                            "speed "
                                    + s.speed()
                                    + " not kept: only forward speeds are held, as"
                                    + " source and timeline lengths"));
            return;
        }
        Rational timeline = s.timelineOut().seconds().minus(s.timelineIn().seconds());
        Rational source = s.sourceOut().seconds().minus(s.sourceIn().seconds());
        if (timeline.signum() > 0 && !source.dividedBy(timeline).equals(s.speed())) {
            losses.add(
                    Problem.warning(
                            where,
                            "speed "
                                    + s.speed()
                                    + " differs from the source to timeline length ratio "
                                    + source.dividedBy(timeline)
                                    + ", which is what is kept"));
        }
    }

    /** The transition name to write: the schema requires one. */
    static String transitionName(Transition t) {
        return t.name().isEmpty() ? (t.isWipe() ? "wipe" : "dissolve") : t.name();
    }
}

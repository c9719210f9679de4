package org.seqdesk.timeline;

import java.util.List;

/** Trims two FCP 7 clips that overlap inside a transition back to its edit point. */
final class XmemlCuts {
    private final List<Problem> problems;
    private final String path;

    XmemlCuts(List<Problem> problems, String path) {
        this.problems = problems;
        this.path = path;
    }

    /** The edit point in sequence frames: the middle for {@code center}, else start or end. */
    static long editPoint(Transition t, String alignment) {
        long in = t.in().samples();
        long out = t.out().samples();
        switch (alignment) {
            case "start":
            case "start-black":
                return in;
            case "end":
            case "end-black":
                return out;
            default:
                return in + (out - in) / 2;
        }
    }

    /** The segment ending at {@code cut}; its source shortens by what the timeline lost. */
    Segment endAt(Segment s, long cut) {
        long lost = s.timelineOut().samples() - cut;
        if (lost <= 0) {
            return s;
        }
        TimeCode delta = sourceFrames(s, lost);
        boolean reverse = s.speed().signum() < 0;
        return new Segment(
                s.item(),
                s.name(),
                s.sourceTrack(),
                s.timelineIn(),
                TimeCode.of(cut, s.timelineOut().base()),
                reverse ? s.sourceIn().plusSamples(delta.samples()) : s.sourceIn(),
                reverse ? s.sourceOut() : s.sourceOut().plusSamples(-delta.samples()),
                s.speed(),
                s.effects(),
                s.source(),
                s.enabled());
    }

    /** The segment starting at {@code cut}; its source shortens by what the timeline lost. */
    Segment startAt(Segment s, long cut) {
        long lost = cut - s.timelineIn().samples();
        if (lost <= 0) {
            return s;
        }
        TimeCode delta = sourceFrames(s, lost);
        boolean reverse = s.speed().signum() < 0;
        return new Segment(
                s.item(),
                s.name(),
                s.sourceTrack(),
                TimeCode.of(cut, s.timelineIn().base()),
                s.timelineOut(),
                reverse ? s.sourceIn() : s.sourceIn().plusSamples(delta.samples()),
                reverse ? s.sourceOut().plusSamples(-delta.samples()) : s.sourceOut(),
                s.speed(),
                s.effects(),
                s.source(),
                s.enabled());
    }

    /** Source frames that {@code timelineFrames} show at the segment's speed, rounded. */
    private TimeCode sourceFrames(Segment s, long timelineFrames) {
        Rational seconds =
                s.timelineIn().base().seconds().times(timelineFrames).times(s.speed().abs());
        Rational frames = seconds.dividedBy(s.sourceIn().base().seconds());
        if (!frames.isInteger()) {
            problems.add(
                    Problem.warning(path, "the edit point falls between source frames; rounded"));
        }
        return TimeCode.of(frames.round(), s.sourceIn().base());
    }
}

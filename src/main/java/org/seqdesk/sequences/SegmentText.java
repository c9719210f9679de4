package org.seqdesk.sequences;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.seqdesk.common.Formats;
import org.seqdesk.common.Messages;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;

/** Words for segments and sequences: tooltips, the accessible list, the legend. */
final class SegmentText {
    private SegmentText() {}

    /** What a person sees first on a box: the source's title, else the clip name, else the id. */
    static String title(Segment segment, Function<String, String> titles) {
        String title = titles.apply(segment.item());
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (!segment.name().isBlank()) {
            return segment.name();
        }
        return segment.item().isEmpty()
                ? Messages.get("sequences.timeline.noSource")
                : segment.item();
    }

    static String full(
            TimelineLayout layout, TimelineLayout.Ref ref, Function<String, String> titles) {
        TimelineLayout.TimelineLane lane = layout.lanes().get(ref.lane());
        Segment s = lane.segment(ref.index());
        FrameRate rate = layout.rate();
        String text =
                Messages.get(
                        "sequences.timeline.tooltip",
                        title(s, titles),
                        s.item(),
                        Integer.toString(s.sourceTrack()),
                        source(s.sourceIn(), rate),
                        source(s.sourceOut(), rate),
                        timeline(layout, s.timelineIn()),
                        timeline(layout, s.timelineOut()),
                        lane.label());
        List<String> marks = marks(layout, lane, ref.index());
        return marks.isEmpty() ? text : text + "\n" + String.join("\n", marks);
    }

    static String line(
            TimelineLayout layout, TimelineLayout.Ref ref, Function<String, String> titles) {
        TimelineLayout.TimelineLane lane = layout.lanes().get(ref.lane());
        Segment s = lane.segment(ref.index());
        String text =
                Messages.get(
                        "sequences.timeline.line",
                        lane.label(),
                        ref.index() + 1,
                        lane.size(),
                        title(s, titles),
                        timeline(layout, s.timelineIn()),
                        timeline(layout, s.timelineOut()));
        List<String> marks = marks(layout, lane, ref.index());
        return marks.isEmpty() ? text : text + " — " + String.join(", ", marks);
    }

    /** Track, source title, source in and out, timeline in and out, then any marks. */
    static String spoken(
            TimelineLayout layout, TimelineLayout.Ref ref, Function<String, String> titles) {
        TimelineLayout.TimelineLane lane = layout.lanes().get(ref.lane());
        Segment s = lane.segment(ref.index());
        String text =
                Messages.get(
                        "sequences.timeline.spoken",
                        lane.label(),
                        title(s, titles),
                        source(s.sourceIn(), layout.rate()),
                        source(s.sourceOut(), layout.rate()),
                        timeline(layout, s.timelineIn()),
                        timeline(layout, s.timelineOut()));
        List<String> marks = marks(layout, lane, ref.index());
        return marks.isEmpty() ? text : text + "; " + String.join(", ", marks);
    }

    static List<String> marks(TimelineLayout layout, TimelineLayout.TimelineLane lane, int index) {
        List<String> marks = new ArrayList<>();
        if (lane.has(index, TimelineLayout.TimelineLane.MIXED_RATE)) {
            FrameRate own =
                    FrameRate.of(TimelineLayout.mixedRateOf(lane.segment(index), layout.rate()));
            marks.add(
                    Messages.get(
                            "sequences.mark.mixedRate.detail", own.label(), layout.rate().label()));
        }
        if (lane.has(index, TimelineLayout.TimelineLane.OVERLAP)) {
            marks.add(Messages.get("sequences.mark.overlap.detail"));
        }
        if (lane.has(index, TimelineLayout.TimelineLane.DISABLED)) {
            marks.add(Messages.get("sequences.mark.disabled"));
        }
        return marks;
    }

    /** A time on the timeline as SMPTE timecode at the sequence rate, from the sequence start. */
    static String timeline(TimelineLayout layout, TimeCode time) {
        if (time.isInfinite()) {
            return time.toText();
        }
        return layout.rate()
                .format(layout.startFrame() + TimelineLayout.toFrames(time, layout.rate()));
    }

    /**
     * A source time as SMPTE timecode: at the sequence rate when the segment counts in it or in
     * audio samples, else at the segment's own picture rate.
     */
    static String source(TimeCode time, FrameRate sequenceRate) {
        if (time == null) {
            return "—";
        }
        if (time.isInfinite()) {
            return time.toText();
        }
        TimeBase base = time.base();
        boolean ownPictureRate =
                !base.equals(sequenceRate.timeBase())
                        && !base.equals(TimeBase.SECONDS)
                        && base.rate().compareTo(Rational.of(1000)) < 0;
        FrameRate rate = ownPictureRate ? FrameRate.of(base) : sequenceRate;
        return rate.format(time);
    }

    /** The rate and timecode mode, e.g. {@code 29.97 fps, drop-frame timecode (DF)}. */
    static String rateLabel(FrameRate rate) {
        String mode =
                Messages.get(rate.dropFrame() ? "sequences.timeline.df" : "sequences.timeline.ndf");
        String number = Formats.current().frameRate(rate);
        return Messages.get("sequences.timeline.rate", number, mode);
    }

    static String summary(TimelineLayout layout) {
        return Messages.get(
                "sequences.timeline.summary",
                layout.segmentCount(),
                layout.sequence().videoTracks().size(),
                layout.sequence().audioTracks().size(),
                layout.gapCount(),
                layout.overlapCount(),
                layout.mixedRateCount(),
                layout.rate().format(layout.durationFrames()));
    }
}

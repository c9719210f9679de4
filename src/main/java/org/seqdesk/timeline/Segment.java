package org.seqdesk.timeline;

import java.util.List;
import java.util.Objects;

/**
 * One clip on a track: where it sits on the timeline ({@code timelineIn}/{@code timelineOut}) and
 * which part of which source it shows ({@code sourceIn}/{@code sourceOut}).
 *
 * @param item the VidiCore item id of the source, or for an editing file the best reference it
 *     holds (asset id, reel or file name); never null, may be empty for a generator
 * @param name the clip name as the editor sees it, may be empty
 * @param sourceTrack 1-based; for audio a channel counted across the source's audio streams
 * @param speed playback speed: 1 normal, 1/2 slow motion, negative reverse, 0 a freeze frame
 * @param source where the media lives, if the file says: reel, path or URL; may be empty
 * @param enabled false for a clip the editor switched off
 */
public record Segment(
        String item,
        String name,
        int sourceTrack,
        TimeCode timelineIn,
        TimeCode timelineOut,
        TimeCode sourceIn,
        TimeCode sourceOut,
        Rational speed,
        List<Effect> effects,
        String source,
        boolean enabled) {

    public Segment {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(timelineIn, "timelineIn");
        Objects.requireNonNull(timelineOut, "timelineOut");
        name = name == null ? "" : name;
        source = source == null ? "" : source;
        speed = speed == null ? Rational.ONE : speed;
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    /** A plain cut at normal speed with no effects. */
    public static Segment cut(
            String item,
            int sourceTrack,
            TimeCode timelineIn,
            TimeCode timelineOut,
            TimeCode sourceIn,
            TimeCode sourceOut) {
        return new Segment(
                item,
                "",
                sourceTrack,
                timelineIn,
                timelineOut,
                sourceIn,
                sourceOut,
                Rational.ONE,
                List.of(),
                "",
                true);
    }

    /** Length on the timeline. */
    public TimeCode duration() {
        return timelineOut.minus(timelineIn);
    }

    /** The base the segment's timeline times are counted in: its own rate. */
    public TimeBase rate() {
        return timelineIn.base();
    }

    public Segment withTimeline(TimeCode in, TimeCode out) {
        return new Segment(
                item,
                name,
                sourceTrack,
                in,
                out,
                sourceIn,
                sourceOut,
                speed,
                effects,
                source,
                enabled);
    }
}

package org.seqdesk.sandbox.media;

import java.nio.file.Path;
import java.util.Objects;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.TimeCode;

/**
 * One clip of an edit to render: a stretch of a source file placed on the timeline. The source is
 * read from {@code sourceIn} for as long as the clip lasts on the timeline times the speed; where
 * the source ends early its last frame holds (and its sound goes silent).
 *
 * @param source the media file
 * @param timelineIn where the clip starts on the timeline, in any time base
 * @param timelineOut where it ends (exclusive)
 * @param sourceIn the first instant of the source it shows, in any time base
 * @param channel for sound: the source channel counted from 1 across its audio streams (as a
 *     segment's {@code sourceTrack}), or 0 for the whole first stream in stereo; ignored for video
 * @param speed 1 for normal speed, 1/2 for half speed, 0 for a freeze frame (and silence), a
 *     negative value to play the source stretch from {@code sourceIn} backwards
 */
public record RenderClip(
        Path source,
        TimeCode timelineIn,
        TimeCode timelineOut,
        TimeCode sourceIn,
        int channel,
        Rational speed) {

    public RenderClip {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(timelineIn, "timelineIn");
        Objects.requireNonNull(timelineOut, "timelineOut");
        Objects.requireNonNull(sourceIn, "sourceIn");
        Objects.requireNonNull(speed, "speed");
        if (timelineIn.isInfinite() || timelineOut.isInfinite() || sourceIn.isInfinite()) {
            throw new IllegalArgumentException("a clip needs finite times");
        }
        if (timelineOut.compareTo(timelineIn) <= 0) {
            throw new IllegalArgumentException(
                    "a clip must end after it starts: " + timelineIn + " to " + timelineOut);
        }
        if (sourceIn.signum() < 0 || timelineIn.signum() < 0 || channel < 0) {
            throw new IllegalArgumentException("negative time or channel in a clip of " + source);
        }
    }

    /** A clip at normal speed. */
    public RenderClip(
            Path source,
            TimeCode timelineIn,
            TimeCode timelineOut,
            TimeCode sourceIn,
            int channel) {
        this(source, timelineIn, timelineOut, sourceIn, channel, Rational.ONE);
    }

    /** A video clip at normal speed. */
    public static RenderClip video(
            Path source, TimeCode timelineIn, TimeCode timelineOut, TimeCode sourceIn) {
        return new RenderClip(source, timelineIn, timelineOut, sourceIn, 0);
    }
}

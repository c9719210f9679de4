package org.seqdesk.sandbox.media;

import java.util.List;
import java.util.Objects;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.TimeCode;

/**
 * An edit to render: video tracks, where a higher track covers the ones below, and audio tracks,
 * which are mixed. Stretches without a clip render as black or silence.
 *
 * <p>The mix is stereo: with one audio track a single channel plays on both sides; with more,
 * odd-numbered tracks play left and even-numbered right, as NLEs lay out A1/A2. A clip of a whole
 * stereo stream ({@code channel} 0) plays on both sides whatever its track.
 *
 * @param rate the output frame rate
 */
public record RenderEdit(
        FrameRate rate, List<RenderTrack> videoTracks, List<RenderTrack> audioTracks) {

    public RenderEdit {
        Objects.requireNonNull(rate, "rate");
        videoTracks = videoTracks == null ? List.of() : List.copyOf(videoTracks);
        audioTracks = audioTracks == null ? List.of() : List.copyOf(audioTracks);
    }

    /** The length in output frames: up to the end of the last clip, rounded up to a frame. */
    public long frames() {
        Rational end = Rational.ZERO;
        for (List<RenderTrack> tracks : List.of(videoTracks, audioTracks)) {
            for (RenderTrack t : tracks) {
                for (RenderClip c : t.clips()) {
                    end = max(end, c.timelineOut().seconds());
                }
            }
        }
        Rational frames = end.times(rate.fps());
        return frames.isInteger() ? frames.numerator() : frames.floor() + 1;
    }

    /** The length in seconds: {@link #frames()} at the rate. */
    public Rational duration() {
        return Rational.of(frames()).dividedBy(rate.fps());
    }

    /** The output frame a timeline time falls on, rounded to the nearest. */
    long frameOf(TimeCode time) {
        return time.seconds().times(rate.fps()).round();
    }

    private static Rational max(Rational a, Rational b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

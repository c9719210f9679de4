package org.seqdesk.sandbox.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seqdesk.timeline.Rational;

/**
 * An edit laid out as continuous lines ready for ffmpeg: one video line (the visible clip of the
 * highest track at each frame, black between) and one audio line per track (silence between), all
 * counted in whole output frames and whole 48 kHz samples.
 *
 * <p>A plan covers output frames {@code [firstFrame, endFrame)}; {@link #window} cuts a part of it
 * so that a long edit can render in passes with a bounded number of open inputs.
 */
record RenderPlan(
        Rational fps,
        long firstFrame,
        long endFrame,
        List<VideoPiece> video,
        List<List<AudioPiece>> audio) {

    static final int SAMPLE_RATE = 48000;

    /** Where an audio piece plays in the stereo mix. */
    enum Pan {
        CENTER,
        LEFT,
        RIGHT
    }

    /**
     * A stretch of the video line, output frames {@code [from, to)}.
     *
     * @param source null for black
     * @param sourceStart the source second shown at {@code from}
     * @param lead frames rendered before {@code from} to dissolve in from the previous piece
     * @param tail frames rendered after {@code to} to dissolve out into the next piece
     */
    record VideoPiece(Path source, long from, long to, Rational sourceStart, long lead, long tail) {
        boolean isGap() {
            return source == null;
        }

        long length() {
            return to - from;
        }

        /** Frames this piece renders, handles included. */
        long renderedLength() {
            return to - from + lead + tail;
        }

        VideoPiece withHandles(long newLead, long newTail) {
            return new VideoPiece(source, from, to, sourceStart, newLead, newTail);
        }
    }

    /**
     * A stretch of one audio line, output samples {@code [from, to)} at 48 kHz.
     *
     * @param source null for silence
     * @param channel as {@link RenderClip#channel()}
     */
    record AudioPiece(Path source, long from, long to, Rational sourceStart, int channel, Pan pan) {
        boolean isGap() {
            return source == null;
        }

        long length() {
            return to - from;
        }
    }

    long frames() {
        return endFrame - firstFrame;
    }

    /** The first 48 kHz sample of an output frame. */
    long sampleOf(long frame) {
        return Rational.of(frame).dividedBy(fps).times(SAMPLE_RATE).round();
    }

    /** The number of media inputs (non-gap pieces) ffmpeg would open for this plan. */
    int inputCount() {
        int n = (int) video.stream().filter(p -> !p.isGap()).count();
        for (List<AudioPiece> line : audio) {
            n += (int) line.stream().filter(p -> !p.isGap()).count();
        }
        return n;
    }

    /** The part of this plan in frames {@code [from, to)}; never cut inside a dissolve. */
    RenderPlan window(long from, long to) {
        List<VideoPiece> v = new ArrayList<>();
        for (VideoPiece p : video) {
            long a = Math.max(p.from(), from);
            long b = Math.min(p.to(), to);
            if (a < b) {
                Rational start =
                        p.isGap()
                                ? Rational.ZERO
                                : p.sourceStart().plus(Rational.of(a - p.from()).dividedBy(fps));
                long lead = a == p.from() ? p.lead() : 0;
                long tail = b == p.to() ? p.tail() : 0;
                v.add(new VideoPiece(p.source(), a, b, start, lead, tail));
            }
        }
        long s0 = sampleOf(from);
        long s1 = sampleOf(to);
        List<List<AudioPiece>> lines = new ArrayList<>();
        for (List<AudioPiece> line : audio) {
            List<AudioPiece> cut = new ArrayList<>();
            for (AudioPiece p : line) {
                long a = Math.max(p.from(), s0);
                long b = Math.min(p.to(), s1);
                if (a < b) {
                    Rational start =
                            p.isGap()
                                    ? Rational.ZERO
                                    : p.sourceStart().plus(Rational.of(a - p.from(), SAMPLE_RATE));
                    cut.add(new AudioPiece(p.source(), a, b, start, p.channel(), p.pan()));
                }
            }
            lines.add(cut);
        }
        return new RenderPlan(fps, from, to, v, lines);
    }

    /**
     * Splits the plan into windows of at most {@code maxInputs} inputs each (a single piece that
     * alone needs more gets a window of its own), cutting only between video pieces that do not
     * dissolve.
     */
    List<RenderPlan> windows(int maxInputs) {
        if (inputCount() <= maxInputs) {
            return List.of(this);
        }
        List<Long> cuts = new ArrayList<>();
        for (int i = 1; i < video.size(); i++) {
            if (video.get(i).lead() == 0 && video.get(i - 1).tail() == 0) {
                cuts.add(video.get(i).from());
            }
        }
        cuts.add(endFrame);
        List<RenderPlan> windows = new ArrayList<>();
        long start = firstFrame;
        long lastFit = -1;
        for (long cut : cuts) {
            if (window(start, cut).inputCount() <= maxInputs) {
                lastFit = cut;
                continue;
            }
            long end = lastFit > start ? lastFit : cut;
            windows.add(window(start, end));
            start = end;
            lastFit = cut > start && window(start, cut).inputCount() <= maxInputs ? cut : -1;
            if (lastFit < 0 && cut > start) {
                windows.add(window(start, cut));
                start = cut;
            }
        }
        if (start < endFrame) {
            windows.add(window(start, endFrame));
        }
        return windows;
    }
}

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
     * @param sourceStart the earliest source second the piece shows: the one at {@code from}, or
     *     for a reverse piece the one at {@code to}
     * @param speed as {@link RenderClip#speed()}
     * @param lead frames rendered before {@code from} to dissolve in from the previous piece
     * @param tail frames rendered after {@code to} to dissolve out into the next piece
     */
    record VideoPiece(
            Path source,
            long from,
            long to,
            Rational sourceStart,
            Rational speed,
            long lead,
            long tail) {
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
            return new VideoPiece(source, from, to, sourceStart, speed, newLead, newTail);
        }
    }

    /**
     * A stretch of one audio line, output samples {@code [from, to)} at 48 kHz.
     *
     * @param source null for silence
     * @param sourceStart the earliest source second the piece plays, as for {@link VideoPiece}
     * @param channel as {@link RenderClip#channel()}
     * @param lead samples rendered before {@code from} to cross-fade from the previous piece
     * @param tail samples rendered after {@code to} to cross-fade into the next piece
     */
    record AudioPiece(
            Path source,
            long from,
            long to,
            Rational sourceStart,
            Rational speed,
            int channel,
            Pan pan,
            long lead,
            long tail) {
        boolean isGap() {
            return source == null;
        }

        long length() {
            return to - from;
        }

        /** Samples this piece renders, handles included. */
        long renderedLength() {
            return to - from + lead + tail;
        }

        AudioPiece withHandles(long newLead, long newTail) {
            return new AudioPiece(
                    source, from, to, sourceStart, speed, channel, pan, newLead, newTail);
        }
    }

    long frames() {
        return endFrame - firstFrame;
    }

    /** The first 48 kHz sample of an output frame. */
    long sampleOf(long frame) {
        return Rational.of(frame).dividedBy(fps).times(SAMPLE_RATE).round();
    }

    /**
     * About the number of media inputs ffmpeg would open for this plan: one per clip piece, less
     * the sound that shares the input of its picture (see {@link RenderGraph}).
     */
    int inputCount() {
        java.util.Set<String> pictures = new java.util.HashSet<>();
        int n = 0;
        for (VideoPiece p : video) {
            if (!p.isGap()) {
                n++;
                pictures.add(sampleOf(p.from()) + ":" + sampleOf(p.to()) + ":" + p.source());
            }
        }
        for (List<AudioPiece> line : audio) {
            for (AudioPiece p : line) {
                if (!p.isGap() && !pictures.contains(p.from() + ":" + p.to() + ":" + p.source())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The part of this plan in frames {@code [from, to)}; never cut inside a dissolve. */
    RenderPlan window(long from, long to) {
        Rational frame = Rational.ONE.dividedBy(fps);
        List<VideoPiece> v = new ArrayList<>();
        for (VideoPiece p : video) {
            long a = Math.max(p.from(), from);
            long b = Math.min(p.to(), to);
            if (a < b) {
                Rational start =
                        sourceStart(p.sourceStart(), p.speed(), p.from(), p.to(), a, b, frame);
                long lead = a == p.from() ? p.lead() : 0;
                long tail = b == p.to() ? p.tail() : 0;
                v.add(new VideoPiece(p.source(), a, b, start, p.speed(), lead, tail));
            }
        }
        long s0 = sampleOf(from);
        long s1 = sampleOf(to);
        Rational sample = Rational.of(1, SAMPLE_RATE);
        List<List<AudioPiece>> lines = new ArrayList<>();
        for (List<AudioPiece> line : audio) {
            List<AudioPiece> cut = new ArrayList<>();
            for (AudioPiece p : line) {
                long a = Math.max(p.from(), s0);
                long b = Math.min(p.to(), s1);
                if (a < b) {
                    Rational start =
                            sourceStart(p.sourceStart(), p.speed(), p.from(), p.to(), a, b, sample);
                    long lead = a == p.from() ? p.lead() : 0;
                    long tail = b == p.to() ? p.tail() : 0;
                    cut.add(
                            new AudioPiece(
                                    p.source(),
                                    a,
                                    b,
                                    start,
                                    p.speed(),
                                    p.channel(),
                                    p.pan(),
                                    lead,
                                    tail));
                }
            }
            lines.add(cut);
        }
        return new RenderPlan(fps, from, to, v, lines);
    }

    /**
     * The earliest source second of the part {@code [a, b)} of a stretch {@code [from, to)} whose
     * earliest source second is {@code start}, counted in units of {@code unit} seconds.
     */
    static Rational sourceStart(
            Rational start, Rational speed, long from, long to, long a, long b, Rational unit) {
        if (speed.signum() > 0) {
            return start.plus(unit.times(a - from).times(speed));
        }
        if (speed.signum() < 0) {
            return start.plus(unit.times(to - b).times(speed.abs()));
        }
        return start;
    }

    /** Whether a sample falls within an audio cross-fade, where no window may be cut. */
    private boolean insideCrossFade(long sample) {
        for (List<AudioPiece> line : audio) {
            for (int i = 1; i < line.size(); i++) {
                AudioPiece p = line.get(i);
                long start = p.from() - p.lead();
                long end = p.from() + line.get(i - 1).tail();
                if (p.lead() + line.get(i - 1).tail() > 0 && sample >= start && sample <= end) {
                    return true;
                }
            }
        }
        return false;
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
            long frame = video.get(i).from();
            if (video.get(i).lead() == 0
                    && video.get(i - 1).tail() == 0
                    && !insideCrossFade(sampleOf(frame))) {
                cuts.add(frame);
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

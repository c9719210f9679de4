package org.seqdesk.bench;

import java.util.ArrayList;
import java.util.List;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;
import org.seqdesk.timeline.Transition;

/**
 * A large edit for the Final Cut benchmarks: segments spread evenly over tracks (half video, half
 * audio), two-second clips back to back from 200 sources, a dissolve on every tenth video cut and a
 * half-speed clip every seventh.
 */
public final class FinalCutBenchSequence {
    private static final TimeBase NTSC = TimeBase.NTSC;
    private static final int LENGTH = 60;

    private FinalCutBenchSequence() {}

    public static Sequence build(int segments, int tracks) {
        List<Track> all = new ArrayList<>();
        int perTrack = segments / tracks;
        for (int t = 0; t < tracks; t++) {
            TrackKind kind = t < tracks / 2 ? TrackKind.VIDEO : TrackKind.AUDIO;
            all.add(track(kind, perTrack, t));
        }
        TimeCode start = TimeCode.of(107892, NTSC);
        return new Sequence(
                "", "bench", FrameRate.FPS_29_97_DF, start, all, List.of(), java.util.Map.of());
    }

    private static Track track(TrackKind kind, int count, int index) {
        List<Segment> segments = new ArrayList<>(count);
        List<Transition> transitions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long in = (long) i * LENGTH;
            Rational speed = i % 7 == 3 ? Rational.of(1, 2) : Rational.ONE;
            long sourceIn = 100 + (i * 37L) % 5000;
            long sourceOut = sourceIn + speed.times(LENGTH).round();
            String item = "VX-" + ((i + index * 13) % 200);
            segments.add(
                    new Segment(
                            item,
                            "clip " + i,
                            kind == TrackKind.AUDIO ? 1 + i % 2 : 1,
                            TimeCode.of(in, NTSC),
                            TimeCode.of(in + LENGTH, NTSC),
                            TimeCode.of(sourceIn, NTSC),
                            TimeCode.of(sourceOut, NTSC),
                            speed,
                            List.of(),
                            "file:///media/" + item + ".mov",
                            true));
            if (index == 0 && i > 0 && i % 10 == 0) {
                transitions.add(
                        new Transition(
                                "Cross Dissolve",
                                TimeCode.of(in - 15, NTSC),
                                TimeCode.of(in + 15, NTSC),
                                null));
            }
        }
        return new Track(kind, "", true, segments, transitions);
    }
}

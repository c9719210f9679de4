package org.seqdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Marker;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;
import org.seqdesk.timeline.Transition;

/** Builds the large sequences the benchmarks read and write. */
public final class BenchSequences {
    private BenchSequences() {}

    /**
     * {@code segments} clips over {@code tracks} tracks (the first two video at 25 fps, the rest 48
     * kHz audio), clips of 1 to 5 s edge to edge, a dissolve at every tenth video cut and a
     * slow-motion clip every fiftieth.
     */
    public static Sequence large(int segments, int tracks) {
        List<Track> list = new ArrayList<>();
        int perTrack = segments / tracks;
        for (int t = 0; t < tracks; t++) {
            list.add(t < 2 ? video(t, perTrack) : audio(t, perTrack));
        }
        List<Marker> markers = new ArrayList<>();
        for (int m = 0; m < 50; m++) {
            markers.add(
                    new Marker("note " + m, "", TimeCode.of(m * 500L, TimeBase.PAL), null, "RED"));
        }
        return new Sequence(
                "VX-1000",
                "Bench",
                FrameRate.FPS_25,
                TimeCode.of(90000, TimeBase.PAL),
                list,
                markers,
                Map.of());
    }

    private static Track video(int t, int count) {
        TimeBase pal = TimeBase.PAL;
        List<Segment> segs = new ArrayList<>();
        List<Transition> transitions = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < count; i++) {
            long length = 25 + (i * 37L) % 100;
            Rational speed = i % 50 == 49 ? Rational.of(1, 2) : Rational.ONE;
            long src = 1000 + i * 13L;
            long srcLength = speed.times(length).floor();
            segs.add(
                    new Segment(
                            "VX-" + (100 + i % 400),
                            "Clip " + i,
                            1,
                            TimeCode.of(at, pal),
                            TimeCode.of(at + length, pal),
                            TimeCode.of(src, pal),
                            TimeCode.of(src + srcLength, pal),
                            speed,
                            List.of(),
                            "",
                            true));
            if (i > 0 && i % 10 == 0) {
                transitions.add(
                        new Transition(
                                "dissolve", TimeCode.of(at, pal), TimeCode.of(at + 12, pal), null));
            }
            at += length;
        }
        return new Track(TrackKind.VIDEO, "V" + (t + 1), true, segs, transitions);
    }

    private static Track audio(int t, int count) {
        TimeBase a48 = TimeBase.AUDIO_48K;
        List<Segment> segs = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < count; i++) {
            long length = 1920L * (25 + (i * 41L) % 100);
            long src = 1920L * (500 + i * 7L);
            segs.add(
                    Segment.cut(
                            "VX-" + (100 + i % 400),
                            t - 1,
                            TimeCode.of(at, a48),
                            TimeCode.of(at + length, a48),
                            TimeCode.of(src, a48),
                            TimeCode.of(src + length, a48)));
            at += length;
        }
        return new Track(TrackKind.AUDIO, "A" + (t - 1), true, segs, List.of());
    }
}

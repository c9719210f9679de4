package org.seqdesk.sequences;

import java.util.ArrayList;
import java.util.List;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;
import org.seqdesk.timeline.Transition;

/** Sequences built in code for timeline tests and benchmarks. */
public final class SampleSequences {
    private SampleSequences() {}

    static TimeCode pal(long frames) {
        return TimeCode.of(frames, TimeBase.PAL);
    }

    static Segment clip(String item, long in, long out) {
        return Segment.cut(item, 1, pal(in), pal(out), pal(100), pal(100 + out - in));
    }

    /**
     * One video track at 25 fps with a gap (50..60), an overlap (90..110 over 100..150) and a 29.97
     * segment; one audio track of two clips at 48 kHz; a dissolve at frame 50.
     */
    public static Sequence marked() {
        TimeBase ntsc = TimeBase.NTSC;
        Segment mixed =
                Segment.cut(
                        "VX-4",
                        1,
                        TimeCode.of(180, ntsc),
                        TimeCode.of(240, ntsc),
                        TimeCode.of(0, ntsc),
                        TimeCode.of(60, ntsc));
        Track video =
                new Track(
                        TrackKind.VIDEO,
                        "V1",
                        true,
                        List.of(
                                clip("VX-1", 0, 50),
                                clip("VX-2", 60, 110),
                                clip("VX-3", 100, 150),
                                mixed),
                        List.of(new Transition("dissolve", pal(45), pal(55), null)));
        TimeBase audio = TimeBase.AUDIO_48K;
        Track sound =
                Track.of(
                        TrackKind.AUDIO,
                        List.of(
                                Segment.cut(
                                        "VX-1",
                                        1,
                                        TimeCode.of(0, audio),
                                        TimeCode.of(96000, audio),
                                        TimeCode.of(0, audio),
                                        TimeCode.of(96000, audio)),
                                Segment.cut(
                                        "VX-2",
                                        2,
                                        TimeCode.of(96000, audio),
                                        TimeCode.of(192000, audio),
                                        TimeCode.of(0, audio),
                                        TimeCode.of(96000, audio))));
        return new Sequence(
                "VX-9",
                "Marked",
                FrameRate.FPS_25,
                pal(90000),
                List.of(video, sound),
                List.of(),
                null);
    }

    /** {@code count} back-to-back segments of 1 to 5 s on two video and two audio tracks. */
    public static Sequence large(int count) {
        List<List<Segment>> lanes = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            lanes.add(new ArrayList<>());
        }
        long[] ends = new long[4];
        for (int i = 0; i < count; i++) {
            int t = i % 4;
            long length = 25 + (i * 37L) % 100;
            TimeCode in = TimeCode.of(ends[t], TimeBase.NTSC);
            TimeCode out = TimeCode.of(ends[t] + length, TimeBase.NTSC);
            lanes.get(t).add(Segment.cut("VX-" + (1 + i % 50), 1, in, out, in, out));
            ends[t] += length;
        }
        List<Track> tracks =
                List.of(
                        Track.of(TrackKind.VIDEO, lanes.get(0)),
                        Track.of(TrackKind.VIDEO, lanes.get(1)),
                        Track.of(TrackKind.AUDIO, lanes.get(2)),
                        Track.of(TrackKind.AUDIO, lanes.get(3)));
        return new Sequence("", "Large", FrameRate.FPS_29_97_DF, null, tracks, List.of(), null);
    }
}

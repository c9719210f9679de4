package org.seqdesk.sandbox.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.sandbox.media.DemoClip.AudioLayout;
import org.seqdesk.sandbox.media.DemoClip.Pattern;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;
import org.seqdesk.timeline.Transition;

class RenderEditMapperTest {
    @TempDir Path dir;

    @Test
    void mapsTracksAndReportsMissingItemsAndWhatRendersDifferently() {
        Path media = dir.resolve("a.mp4");
        Segment slow =
                new Segment(
                        "VX-2",
                        "",
                        1,
                        f(10),
                        f(20),
                        f(0),
                        f(5),
                        Rational.of(1, 2),
                        List.of(),
                        "",
                        true);
        Track v1 =
                new Track(
                        TrackKind.VIDEO,
                        "V1",
                        true,
                        List.of(
                                Segment.cut("VX-1", 1, f(0), f(10), f(5), f(15)),
                                slow,
                                Segment.cut("VX-9", 1, f(20), f(30), f(0), f(10))),
                        List.of(new Transition("wipe", f(8), f(12), 1)));
        Track a1 =
                Track.of(
                        TrackKind.AUDIO, List.of(Segment.cut("VX-1", 2, f(0), f(10), f(5), f(15))));
        Sequence seq =
                new Sequence(
                        "VX-100",
                        "cut",
                        FrameRate.FPS_25,
                        null,
                        List.of(v1, a1),
                        List.of(),
                        Map.of());

        RenderEditMapper.Mapped mapped =
                RenderEditMapper.fromSequence(
                        seq, item -> item.equals("VX-9") ? Optional.empty() : Optional.of(media));

        assertThat(mapped.missingItems()).containsExactly("VX-9");
        assertThat(mapped.warnings()).containsExactly("wipes are rendered as dissolves");
        assertThat(mapped.edit().videoTracks())
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.clips()).hasSize(2);
                            assertThat(t.clips().get(1).speed()).isEqualTo(Rational.of(1, 2));
                            assertThat(t.dissolves()).hasSize(1);
                        });
        assertThat(mapped.edit().audioTracks().get(0).clips().get(0).channel()).isEqualTo(2);
        assertThat(mapped.edit().frames()).isEqualTo(20);
    }

    @Test
    void aMappedSequenceRendersToItsOwnLength() throws Exception {
        Path media = dir.resolve("src.mp4");
        new DemoMediaGenerator(Ffmpeg.get())
                .generate(
                        DemoClip.of(
                                "Src",
                                Pattern.TEST_PATTERN,
                                FrameRate.FPS_25,
                                40,
                                AudioLayout.TWO_STEREO),
                        media);
        Track v1 =
                Track.of(
                        TrackKind.VIDEO,
                        List.of(
                                Segment.cut("VX-1", 1, f(0), f(12), f(20), f(32)),
                                Segment.cut("VX-1", 1, f(12), f(30), f(2), f(20))));
        Track a1 =
                Track.of(
                        TrackKind.AUDIO, List.of(Segment.cut("VX-1", 1, f(0), f(30), f(0), f(30))));
        Track a2 =
                Track.of(
                        TrackKind.AUDIO, List.of(Segment.cut("VX-1", 4, f(0), f(30), f(0), f(30))));
        Sequence seq =
                new Sequence(
                        "", "", FrameRate.FPS_25, null, List.of(v1, a1, a2), List.of(), Map.of());
        RenderEdit edit = RenderEditMapper.fromSequence(seq, i -> Optional.of(media)).edit();

        MediaInfo info =
                new SequenceRenderer(Ffmpeg.get())
                        .render(
                                edit,
                                new OutputPreset(
                                        "lowres", "mov", "mpeg4", 300_000, "pcm_s16le", 0, 160, 90),
                                dir.resolve("out.mov"),
                                p -> {});

        assertThat(info.video().frames())
                .isEqualTo(seq.duration().exactlyIn(TimeBase.PAL).samples());
        assertThat(info.video().width()).isEqualTo(160);
        assertThat(info.audio().get(0).codec()).isEqualTo("pcm_s16le");
        assertThat(info.audio().get(0).samples()).isEqualTo(30 * 48000 / 25);
    }

    private static TimeCode f(long frames) {
        return TimeCode.of(frames, TimeBase.PAL);
    }
}

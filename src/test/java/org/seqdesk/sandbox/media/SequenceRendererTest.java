package org.seqdesk.sandbox.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.sandbox.media.DemoClip.AudioLayout;
import org.seqdesk.sandbox.media.DemoClip.Pattern;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;

class SequenceRendererTest {
    static final OutputPreset PREVIEW =
            new OutputPreset("h264-preview", "mp4", "h264", 400_000, "aac", 96_000, 320, 180);

    @TempDir static Path sources;
    @TempDir Path out;
    static Path pal;
    static Path bars;
    static Path ntsc;

    @BeforeAll
    static void makeSources() throws Exception {
        DemoMediaGenerator gen = new DemoMediaGenerator(Ffmpeg.get());
        pal = sources.resolve("pal.mp4");
        bars = sources.resolve("bars.mp4");
        ntsc = sources.resolve("ntsc.mp4");
        gen.generate(
                DemoClip.of("PAL", Pattern.TEST_PATTERN, FrameRate.FPS_25, 50, AudioLayout.STEREO),
                pal);
        gen.generate(
                DemoClip.of("BARS", Pattern.COLOR_BARS, FrameRate.FPS_25, 50, AudioLayout.NONE),
                bars);
        gen.generate(
                DemoClip.of(
                        "NTSC",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_29_97_NDF,
                        60,
                        AudioLayout.TWO_STEREO),
                ntsc);
    }

    @Test
    void threeSegmentEditWithAGapRendersExactlyItsFramesAndSamples() throws Exception {
        MediaInfo info =
                renderer().render(threeSegments(), PREVIEW, out.resolve("cut.mp4"), p -> {});

        assertThat(info.video().frames()).isEqualTo(55);
        assertThat(info.video().rate()).isEqualTo(Rational.of(25));
        assertThat(info.video().width()).isEqualTo(320);
        assertThat(info.audio())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.channels()).isEqualTo(2);
                            assertThat(a.samples()).isEqualTo(55 * 48000 / 25);
                        });
    }

    @Test
    void progressRisesToOneHundredAtTheEnd() throws Exception {
        List<Integer> percents = new ArrayList<>();

        renderer()
                .render(
                        threeSegments(),
                        PREVIEW,
                        out.resolve("p.mp4"),
                        p -> percents.add(p.percent()));

        assertThat(percents).isSorted().last().isEqualTo(100);
        assertThat(percents).filteredOn(p -> p == 100).hasSize(1);
    }

    @Test
    void cancellingLeavesNoFileBehind() throws Exception {
        SequenceRenderer renderer = renderer();
        Path target = out.resolve("cancelled.mp4");

        assertThatThrownBy(
                        () ->
                                renderer.render(
                                        threeSegments(), PREVIEW, target, p -> renderer.cancel()))
                .isInstanceOf(MediaCancelledException.class);

        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aPresetWithoutAnAudioCodecIsRefusedBeforeAnythingRuns() {
        OutputPreset silent = new OutputPreset("noaudio", "mp4", "h264", 400_000, null, 0, 0, 0);

        assertThatThrownBy(
                        () ->
                                renderer()
                                        .render(
                                                threeSegments(),
                                                silent,
                                                out.resolve("x.mp4"),
                                                p -> {}))
                .isInstanceOf(InvalidPresetException.class)
                .hasMessageContaining("noaudio")
                .hasMessageContaining("no audio codec");
        assertThat(out.resolve("x.mp4")).doesNotExist();
    }

    @Test
    void aPresetWithoutContainerOrVideoBitrateNamesBothProblems() {
        OutputPreset bad = new OutputPreset("bad", null, "h264", 0, "aac", 96_000, 0, 0);

        assertThat(bad.problems())
                .containsExactly("no container format is given", "no video bitrate is given");
        assertThat(new OutputPreset("pcm", "mov", "h264", 1, "pcm_s16le", 0, 0, 0).problems())
                .isEmpty();
    }

    @Test
    void aMissingSourceFileFailsWithItsPath() {
        Path gone = sources.resolve("gone.mp4");
        RenderEdit edit =
                new RenderEdit(
                        FrameRate.FPS_25,
                        List.of(RenderTrack.of(List.of(RenderClip.video(gone, f(0), f(10), f(0))))),
                        List.of());

        assertThatThrownBy(() -> renderer().render(edit, PREVIEW, out.resolve("m.mp4"), p -> {}))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining("source media not found")
                .hasMessageContaining("gone.mp4");
    }

    @Test
    void aSourceThatIsNotMediaFailsWithFfmpegsOwnWords() throws Exception {
        Path junk = out.resolve("junk.mp4");
        Files.writeString(junk, "this is not a movie");
        RenderEdit edit =
                new RenderEdit(
                        FrameRate.FPS_25,
                        List.of(RenderTrack.of(List.of(RenderClip.video(junk, f(0), f(10), f(0))))),
                        List.of());

        assertThatThrownBy(() -> renderer().render(edit, PREVIEW, out.resolve("j.mp4"), p -> {}))
                .isInstanceOf(FfmpegFailedException.class)
                .hasMessageContaining("junk.mp4")
                .hasMessageContaining("Invalid data");
    }

    @Test
    void aLongEditRenderedInWindowsKeepsExactLength() throws Exception {
        List<RenderClip> video = new ArrayList<>();
        List<RenderClip> sound = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Path src = i % 3 == 0 ? ntsc : i % 3 == 1 ? pal : bars;
            video.add(RenderClip.video(src, f(i * 7), f(i * 7 + 7), f(i)));
            sound.add(new RenderClip(pal, f(i * 7), f(i * 7 + 7), f(i * 2), 2));
        }
        RenderEdit edit =
                new RenderEdit(
                        FrameRate.FPS_25,
                        List.of(RenderTrack.of(video)),
                        List.of(RenderTrack.of(sound)));
        List<Integer> percents = new ArrayList<>();

        MediaInfo info =
                new SequenceRenderer(Ffmpeg.get(), 4)
                        .render(
                                edit,
                                PREVIEW,
                                out.resolve("long.mp4"),
                                p -> percents.add(p.percent()));

        assertThat(info.video().frames()).isEqualTo(63);
        assertThat(info.audio().get(0).samples()).isEqualTo(63 * 48000 / 25);
        assertThat(percents).isSorted().last().isEqualTo(100);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(out.resolve("long.mp4"));
        }
    }

    @Test
    void aDissolveBetweenTwoClipsKeepsTheEditLength() throws Exception {
        RenderTrack track =
                new RenderTrack(
                        List.of(
                                RenderClip.video(pal, f(0), f(20), f(10)),
                                RenderClip.video(bars, f(20), f(40), f(10))),
                        List.of(new RenderTrack.Dissolve(f(15), f(25))));
        RenderEdit edit = new RenderEdit(FrameRate.FPS_25, List.of(track), List.of());

        MediaInfo info = renderer().render(edit, PREVIEW, out.resolve("dissolve.mp4"), p -> {});

        assertThat(info.video().frames()).isEqualTo(40);
        assertThat(info.audio().get(0).samples()).isEqualTo(40 * 48000 / 25);
    }

    @Test
    void anNtscEditFromMixedRatesRendersAtItsOwnRate() throws Exception {
        TimeBase ntscBase = TimeBase.NTSC;
        RenderEdit edit =
                new RenderEdit(
                        FrameRate.FPS_29_97_NDF,
                        List.of(
                                RenderTrack.of(
                                        List.of(
                                                RenderClip.video(
                                                        ntsc,
                                                        TimeCode.of(0, ntscBase),
                                                        TimeCode.of(30, ntscBase),
                                                        TimeCode.of(15, ntscBase)),
                                                RenderClip.video(
                                                        pal,
                                                        TimeCode.of(30, ntscBase),
                                                        TimeCode.of(45, ntscBase),
                                                        f(5))))),
                        List.of(
                                RenderTrack.of(
                                        List.of(
                                                new RenderClip(
                                                        ntsc,
                                                        TimeCode.of(0, ntscBase),
                                                        TimeCode.of(45, ntscBase),
                                                        TimeCode.zero(ntscBase),
                                                        3)))));

        MediaInfo info = renderer().render(edit, PREVIEW, out.resolve("ntsc.mov"), p -> {});

        assertThat(info.video().rate()).isEqualTo(Rational.of(30000, 1001));
        assertThat(info.video().frames()).isEqualTo(45);
        assertThat(info.audio().get(0).samples()).isEqualTo(72072);
    }

    private static RenderEdit threeSegments() {
        RenderTrack video =
                RenderTrack.of(
                        List.of(
                                RenderClip.video(pal, f(0), f(20), f(10)),
                                RenderClip.video(bars, f(25), f(40), f(5)),
                                RenderClip.video(
                                        ntsc, f(40), f(55), TimeCode.zero(TimeBase.NTSC))));
        RenderTrack audio =
                RenderTrack.of(
                        List.of(
                                new RenderClip(pal, f(0), f(20), f(10), 0),
                                new RenderClip(
                                        ntsc, f(40), f(55), TimeCode.zero(TimeBase.NTSC), 3)));
        return new RenderEdit(FrameRate.FPS_25, List.of(video), List.of(audio));
    }

    private static TimeCode f(long frames) {
        return TimeCode.of(frames, TimeBase.PAL);
    }

    private static SequenceRenderer renderer() throws MediaException {
        return new SequenceRenderer(Ffmpeg.get());
    }
}

package org.seqdesk.sandbox.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void cancellingFromAnotherThreadStopsFfmpegAndLeavesNoFileBehind() throws Exception {
        SequenceRenderer renderer = renderer();
        List<RenderClip> clips = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            clips.add(RenderClip.video(pal, f(i * 50L), f(i * 50L + 50), f(0)));
        }
        RenderEdit long3000 =
                new RenderEdit(FrameRate.FPS_25, List.of(RenderTrack.of(clips)), List.of());
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<MediaInfo> job =
                    pool.submit(
                            () ->
                                    renderer.render(
                                            long3000,
                                            PREVIEW,
                                            out.resolve("long.mp4"),
                                            p -> started.countDown()));
            assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();

            renderer.cancel();

            assertThatThrownBy(() -> job.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(MediaCancelledException.class);
        } finally {
            pool.shutdownNow();
        }
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
    void aDissolveAfterAGapAndACutRendersItsWholeLength() throws Exception {
        // regression: the run before the dissolve is a concatenation starting with black, whose
        // time base differed from the next run's and made xfade refuse the graph
        RenderTrack track =
                new RenderTrack(
                        List.of(
                                RenderClip.video(pal, f(5), f(20), f(0)),
                                RenderClip.video(bars, f(20), f(32), f(0)),
                                RenderClip.video(ntsc, f(32), f(45), f(10))),
                        List.of(new RenderTrack.Dissolve(f(29), f(35))));
        RenderEdit edit = new RenderEdit(FrameRate.FPS_25, List.of(track), List.of());

        MediaInfo info =
                renderer().render(edit, PREVIEW, out.resolve("gap-cut-dissolve.mp4"), p -> {});

        assertThat(info.video().frames()).isEqualTo(45);
    }

    @Test
    void dissolvesAndCrossFadesWithoutHandlesBeforeTheCutKeepTheEditLength() throws Exception {
        RenderTrack video =
                new RenderTrack(
                        List.of(
                                RenderClip.video(pal, f(0), f(20), f(0)),
                                RenderClip.video(bars, f(20), f(40), f(0))),
                        List.of(new RenderTrack.Dissolve(f(16), f(24))));
        RenderTrack audio =
                new RenderTrack(
                        List.of(
                                new RenderClip(pal, f(0), f(20), f(0), 1),
                                new RenderClip(ntsc, f(20), f(40), f(10), 3)),
                        List.of(new RenderTrack.Dissolve(f(18), f(22))));
        RenderEdit edit = new RenderEdit(FrameRate.FPS_25, List.of(video), List.of(audio));

        MediaInfo info = renderer().render(edit, PREVIEW, out.resolve("fades.mp4"), p -> {});

        assertThat(info.video().frames()).isEqualTo(40);
        assertThat(info.audio().get(0).samples()).isEqualTo(40 * 48000 / 25);
    }

    @Test
    void windowsAreNeverCutInsideACrossFade() throws Exception {
        List<RenderClip> video = new ArrayList<>();
        List<RenderClip> sound = new ArrayList<>();
        List<RenderTrack.Dissolve> fades = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            video.add(RenderClip.video(bars, f(i * 6), f(i * 6 + 6), f(i)));
            sound.add(new RenderClip(pal, f(i * 6), f(i * 6 + 6), f(10 + i), 0));
            if (i > 0) {
                fades.add(new RenderTrack.Dissolve(f(i * 6 - 1), f(i * 6 + 1)));
            }
        }
        RenderEdit edit =
                new RenderEdit(
                        FrameRate.FPS_25,
                        List.of(RenderTrack.of(video)),
                        List.of(new RenderTrack(sound, fades)));

        assertThat(RenderPlanner.plan(edit).windows(4)).hasSize(1);
        MediaInfo info =
                new SequenceRenderer(Ffmpeg.get(), 4)
                        .render(edit, PREVIEW, out.resolve("faded.mp4"), p -> {});
        assertThat(info.video().frames()).isEqualTo(48);
        assertThat(info.audio().get(0).samples()).isEqualTo(48 * 48000 / 25);
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

    @Test
    void soundOverTheSameStretchAsItsPictureSharesItsInput() throws Exception {
        MediaProbe probe = new MediaProbe(Ffmpeg.get());
        Map<Path, MediaInfo> infos =
                Map.of(pal, probe.probe(pal), bars, probe.probe(bars), ntsc, probe.probe(ntsc));

        List<String> args =
                new RenderGraph(RenderPlanner.plan(threeSegments()), infos, 320, 180).arguments();

        // three pictures, two of them with their sound: three inputs, not five
        assertThat(args.stream().filter("-i"::equals)).hasSize(3);
    }

    @Test
    void soundReadThroughAPicturesInputIsTheSameAsSoundReadAlone() throws Exception {
        OutputPreset pcm = new OutputPreset("pcm", "mov", "mpeg4", 200_000, "pcm_s16le", 0, 64, 36);
        RenderTrack sound = RenderTrack.of(List.of(new RenderClip(pal, f(0), f(20), f(10), 1)));
        RenderTrack picture = RenderTrack.of(List.of(RenderClip.video(pal, f(0), f(20), f(10))));
        Path shared = out.resolve("shared.mov");
        Path alone = out.resolve("alone.mov");

        renderer()
                .render(
                        new RenderEdit(FrameRate.FPS_25, List.of(picture), List.of(sound)),
                        pcm,
                        shared,
                        p -> {});
        renderer()
                .render(
                        new RenderEdit(FrameRate.FPS_25, List.of(), List.of(sound)),
                        pcm,
                        alone,
                        p -> {});

        assertThat(decodePcm(shared)).isEqualTo(decodePcm(alone));
    }

    @Test
    void slowMotionFreezeAndReverseClipsKeepTheirTimelineLength() throws Exception {
        RenderTrack video =
                RenderTrack.of(
                        List.of(
                                new RenderClip(pal, f(0), f(20), f(10), 0, Rational.of(1, 2)),
                                new RenderClip(ntsc, f(20), f(30), f(3), 0, Rational.ZERO),
                                new RenderClip(pal, f(30), f(45), f(5), 0, Rational.of(-1)),
                                new RenderClip(bars, f(45), f(50), f(0), 0, Rational.of(2))));
        RenderTrack audio =
                RenderTrack.of(
                        List.of(
                                new RenderClip(pal, f(0), f(20), f(10), 1, Rational.of(1, 2)),
                                new RenderClip(pal, f(20), f(30), f(3), 1, Rational.ZERO),
                                new RenderClip(pal, f(30), f(45), f(5), 2, Rational.of(-1)),
                                new RenderClip(pal, f(45), f(50), f(0), 0, Rational.of(3))));
        RenderEdit edit = new RenderEdit(FrameRate.FPS_25, List.of(video), List.of(audio));

        MediaInfo info = renderer().render(edit, PREVIEW, out.resolve("speed.mp4"), p -> {});

        assertThat(info.video().frames()).isEqualTo(50);
        assertThat(info.audio().get(0).samples()).isEqualTo(50 * 48000 / 25);
    }

    @Test
    void aHigherVideoTrackCoversTheLowerOneAndGapsAreBlack() throws Exception {
        RenderTrack v1 = RenderTrack.of(List.of(RenderClip.video(pal, f(0), f(30), f(0))));
        RenderTrack v2 =
                RenderTrack.of(
                        List.of(
                                RenderClip.video(bars, f(10), f(20), f(0)),
                                RenderClip.video(bars, f(35), f(40), f(0))));
        RenderEdit edit = new RenderEdit(FrameRate.FPS_25, List.of(v1, v2), List.of());
        Path rendered = out.resolve("layers.mp4");

        MediaInfo info = renderer().render(edit, PREVIEW, rendered, p -> {});

        assertThat(info.video().frames()).isEqualTo(40);
        assertThat(isGray(pixelAt(rendered, 15))).as("bars on V2 at 15").isTrue();
        assertThat(isGray(pixelAt(rendered, 5))).as("test pattern on V1 at 5").isFalse();
        assertThat(isGray(pixelAt(rendered, 25))).as("test pattern on V1 at 25").isFalse();
        assertThat(pixelAt(rendered, 32))
                .as("black gap at 32")
                .satisfies(c -> assertThat(c[0] + c[1] + c[2]).isLessThan(90));
        assertThat(isGray(pixelAt(rendered, 37))).as("bars on V2 at 37").isTrue();
    }

    @Test
    void twoAudioTracksPlayLeftAndRight() throws Exception {
        RenderTrack a1 = RenderTrack.of(List.of(new RenderClip(pal, f(0), f(25), f(0), 1)));
        RenderTrack a2 = RenderTrack.of(List.of(new RenderClip(pal, f(25), f(50), f(0), 2)));
        RenderEdit edit = new RenderEdit(FrameRate.FPS_25, List.of(), List.of(a1, a2));
        Path rendered = out.resolve("stereo.mov");
        OutputPreset pcm = new OutputPreset("pcm", "mov", "mpeg4", 200_000, "pcm_s16le", 0, 64, 36);

        renderer().render(edit, pcm, rendered, p -> {});

        double[][] energy = channelEnergy(rendered, 50 * 48000 / 25);
        assertThat(energy[0][0]).as("left, first half").isGreaterThan(1e6);
        assertThat(energy[0][1]).as("right, first half").isLessThan(1e3);
        assertThat(energy[1][0]).as("left, second half").isLessThan(1e3);
        assertThat(energy[1][1]).as("right, second half").isGreaterThan(1e6);
    }

    /** The first audio stream as interleaved 16-bit stereo bytes. */
    private static byte[] decodePcm(Path media) throws Exception {
        Path raw = media.resolveSibling("pcm.raw");
        Ffmpeg ffmpeg = Ffmpeg.get();
        new FfmpegRun(ffmpeg, "decode", java.time.Duration.ofSeconds(30))
                .run(
                        ffmpeg.command(
                                "-v",
                                "error",
                                "-i",
                                media.toString(),
                                "-map",
                                "0:a:0",
                                "-f",
                                "s16le",
                                "-ac",
                                "2",
                                raw.toString()),
                        l -> {});
        byte[] bytes = Files.readAllBytes(raw);
        Files.delete(raw);
        return bytes;
    }

    /** Sum of squared 16-bit samples per half of the file and per channel (skipping the joins). */
    private static double[][] channelEnergy(Path media, int samples) throws Exception {
        byte[] bytes = decodePcm(media);
        assertThat(bytes.length).isEqualTo(samples * 4);
        java.nio.ShortBuffer pcm =
                java.nio.ByteBuffer.wrap(bytes)
                        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                        .asShortBuffer();
        double[][] energy = new double[2][2];
        int half = samples / 2;
        for (int i = 0; i < samples; i++) {
            if (Math.abs(i - half) < 480) {
                continue;
            }
            for (int ch = 0; ch < 2; ch++) {
                double v = pcm.get(i * 2 + ch);
                energy[i < half ? 0 : 1][ch] += v * v;
            }
        }
        return energy;
    }

    /** The colour at the left edge, half way down, of the frame at {@code frame}. */
    private static int[] pixelAt(Path media, long frame) throws Exception {
        Path png = media.resolveSibling("frame-" + frame + ".png");
        new Thumbnailer(Ffmpeg.get()).write(media, f(frame), 160, png);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        Files.delete(png);
        int rgb = image.getRGB(6, image.getHeight() / 2);
        return new int[] {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
    }

    /** SMPTE bars start with 75 % grey; the moving test pattern has only strong colours there. */
    private static boolean isGray(int[] c) {
        return c[0] > 120 && Math.abs(c[0] - c[1]) < 30 && Math.abs(c[1] - c[2]) < 30;
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

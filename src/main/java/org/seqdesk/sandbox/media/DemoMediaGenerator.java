package org.seqdesk.sandbox.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seqdesk.sandbox.media.DemoClip.Pattern;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes small real media files for demo content and tests: H.264 video (OpenH264, which the LGPL
 * build of ffmpeg has) with AAC sound in MP4, or in MOV when the output name ends so.
 *
 * <p>The video has exactly {@link DemoClip#frames()} frames; each audio stream has the sample count
 * nearest to the same length at 48 kHz, so a 29.97 clip of 60 frames carries 96,096 samples.
 */
public final class DemoMediaGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMediaGenerator.class);
    private static final int SAMPLE_RATE = 48000;

    private final Ffmpeg ffmpeg;
    private final MediaProbe probe;

    public DemoMediaGenerator(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
        this.probe = new MediaProbe(ffmpeg);
    }

    /**
     * Writes the clip to {@code output} (through a temporary file beside it) and returns what the
     * file holds.
     */
    public MediaInfo generate(DemoClip clip, Path output) throws MediaException {
        Container container = Container.forOutput(output);
        long started = System.nanoTime();
        try (OutputFile out = OutputFile.beside(output)) {
            List<String> args = arguments(clip, container, out.temporary());
            Duration timeout = Duration.ofSeconds(60).plus(Duration.ofMillis(clip.frames() * 20));
            new FfmpegRun(ffmpeg, "generating " + output.getFileName(), timeout)
                    .run(ffmpeg.command(args.toArray(String[]::new)), line -> {});
            out.commit();
        }
        LOG.debug(
                "generated {} ({} frames) in {} ms",
                output.getFileName(),
                clip.frames(),
                (System.nanoTime() - started) / 1_000_000);
        return probe.probe(output);
    }

    private List<String> arguments(DemoClip clip, Container container, Path target) {
        List<String> args = new ArrayList<>(FfmpegArgs.quiet());
        args.addAll(List.of("-f", "lavfi", "-i", videoSource(clip)));
        for (int s = 0; s < clip.audio().streams(); s++) {
            args.addAll(List.of("-f", "lavfi", "-i", toneSource(clip, s)));
        }
        args.addAll(List.of("-map", "0:v"));
        for (int s = 0; s < clip.audio().streams(); s++) {
            args.addAll(List.of("-map", (s + 1) + ":a"));
        }
        args.addAll(List.of("-frames:v", Long.toString(clip.frames())));
        args.addAll(List.of("-c:v", "libopenh264", "-b:v", "300k", "-pix_fmt", "yuv420p"));
        args.addAll(List.of("-g", Integer.toString(clip.rate().nominal())));
        if (clip.audio().streams() > 0) {
            args.addAll(List.of("-c:a", "aac", "-b:a", "96k"));
        }
        args.addAll(List.of("-metadata", "title=" + clip.label()));
        args.addAll(container.muxerArguments(clip.rate().fps(), SAMPLE_RATE));
        args.add(target.toString());
        return args;
    }

    private static String videoSource(DemoClip clip) {
        String size = clip.width() + "x" + clip.height();
        String rate = FfmpegArgs.rate(clip.rate().fps());
        Optional<Path> font = Fonts.find().filter(FfmpegArgs::isQuotable);
        String source;
        if (clip.pattern() == Pattern.COLOR_BARS) {
            source = "smptebars=size=" + size + ":rate=" + rate;
        } else {
            // testsrc draws its own frame counter, for machines where no font is found
            source =
                    (font.isPresent() ? "testsrc2" : "testsrc") + "=size=" + size + ":rate=" + rate;
        }
        StringBuilder graph = new StringBuilder(source);
        font.ifPresent(f -> graph.append(',').append(burnIn(clip, f)));
        graph.append(",trim=end_frame=").append(clip.frames());
        return graph.toString();
    }

    private static String burnIn(DemoClip clip, Path font) {
        int fontSize = Math.max(10, clip.height() / 11);
        String common =
                "drawtext=fontfile="
                        + FfmpegArgs.quote(font.toString().replace('\\', '/'))
                        + ":fontsize="
                        + fontSize
                        + ":fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=4";
        String label =
                common
                        + ":text="
                        + FfmpegArgs.quote(clip.label())
                        + ":x=w-tw-8:y=h-th-"
                        + fontSize * 2;
        FrameRate rate = clip.rate();
        String timecode =
                common
                        + ":timecode="
                        + FfmpegArgs.quote(rate.format(0))
                        + ":rate="
                        + FfmpegArgs.rate(rate.fps())
                        + ":x=8:y=h-th-8";
        return clip.label().isBlank() ? timecode : label + "," + timecode;
    }

    private static String toneSource(DemoClip clip, int stream) {
        int hz = stream == 0 ? clip.toneHz() : clip.toneHz() * 3 / 2;
        long samples =
                Rational.of(clip.frames()).dividedBy(clip.rate().fps()).times(SAMPLE_RATE).round();
        return "sine=frequency="
                + hz
                + ":sample_rate="
                + SAMPLE_RATE
                + ",aformat=channel_layouts=stereo,atrim=end_sample="
                + samples;
    }
}

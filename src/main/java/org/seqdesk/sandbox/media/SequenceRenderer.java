package org.seqdesk.sandbox.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.seqdesk.timeline.Rational;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders an edit into one media file with the bundled ffmpeg: the CONFORM step of a sandbox render
 * job.
 *
 * <p>End states: <b>succeeded</b> (the file is at the output path, its description returned),
 * <b>cancelled</b> ({@link MediaCancelledException}; nothing at the output path), <b>failed</b>
 * ({@link InvalidPresetException} before anything runs, {@link MediaException} for a missing
 * source, {@link FfmpegFailedException} with ffmpeg's last words). The output is written to a
 * temporary file beside it and moved into place only on success.
 *
 * <p>A short edit renders in one ffmpeg run. A long one, which would need more than {@value
 * #MAX_INPUTS_PER_PASS} open inputs, renders window by window into lossless intermediates that a
 * last run joins and encodes. One renderer serves one render job: {@link #cancel()} may be called
 * from any thread, and a cancelled renderer refuses every later render.
 */
public final class SequenceRenderer {
    static final int MAX_INPUTS_PER_PASS = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SequenceRenderer.class);
    private static final int DEFAULT_WIDTH = 640;
    private static final int DEFAULT_HEIGHT = 360;

    private final Ffmpeg ffmpeg;
    private final MediaProbe probe;
    private final int maxInputsPerPass;
    private volatile boolean cancelled;
    private volatile FfmpegRun current;

    public SequenceRenderer(Ffmpeg ffmpeg) {
        this(ffmpeg, MAX_INPUTS_PER_PASS);
    }

    SequenceRenderer(Ffmpeg ffmpeg, int maxInputsPerPass) {
        this.ffmpeg = ffmpeg;
        this.probe = new MediaProbe(ffmpeg);
        this.maxInputsPerPass = maxInputsPerPass;
    }

    /**
     * Renders {@code edit} to {@code output} in the format of {@code preset}, reporting progress on
     * the calling thread, and returns what the written file holds.
     */
    public MediaInfo render(
            RenderEdit edit, OutputPreset preset, Path output, Consumer<RenderProgress> progress)
            throws MediaException {
        return render(edit, preset, output, progress, List.of());
    }

    /** Whether subtitles can be burnt in here: a font must be found. */
    public static boolean canBurnText() {
        return TextOverlay.available();
    }

    /** Renders as {@link #render(RenderEdit, OutputPreset, Path, Consumer)}, texts burnt in. */
    public MediaInfo render(
            RenderEdit edit,
            OutputPreset preset,
            Path output,
            Consumer<RenderProgress> progress,
            List<TimedText> subtitles)
            throws MediaException {
        preset.requireRenderable();
        long frames = edit.frames();
        if (frames == 0) {
            throw new MediaException("nothing to render: the edit has no clips");
        }
        Map<Path, MediaInfo> sources = probeSources(edit);
        int[] size = outputSize(preset, sources);
        List<RenderPlan> windows = RenderPlanner.plan(edit).windows(maxInputsPerPass);
        Progress tracker = new Progress(progress, frames, edit.rate().fps(), windows.size() > 1);
        long started = System.nanoTime();
        try (OutputFile out = OutputFile.beside(output)) {
            if (windows.size() == 1) {
                List<String> args =
                        new ArrayList<>(
                                new RenderGraph(windows.get(0), sources, size[0], size[1])
                                        .arguments());
                args.addAll(List.of("-map", "[vout]", "-map", "[aout]"));
                TextOverlay.apply(args, subtitles, size[1]);
                encode(args, preset, edit.rate().fps(), out.temporary());
                runPass(args, frames, tracker, "rendering " + output.getFileName());
            } else {
                renderInWindows(
                        windows, sources, size, preset, out.temporary(), tracker, subtitles);
            }
            checkCancelled();
            out.commit();
        }
        LOG.info(
                "rendered {} ({} frames, {} windows) in {} ms",
                output.getFileName(),
                frames,
                windows.size(),
                (System.nanoTime() - started) / 1_000_000);
        tracker.finish();
        return probe.probe(output);
    }

    /**
     * Stops the render in progress; {@link #render} then throws {@link MediaCancelledException}.
     */
    public void cancel() {
        cancelled = true;
        FfmpegRun run = current;
        if (run != null) {
            run.cancel();
        }
    }

    private Map<Path, MediaInfo> probeSources(RenderEdit edit) throws MediaException {
        Map<Path, MediaInfo> sources = new LinkedHashMap<>();
        for (List<RenderTrack> tracks : List.of(edit.videoTracks(), edit.audioTracks())) {
            for (RenderTrack t : tracks) {
                for (RenderClip c : t.clips()) {
                    if (!sources.containsKey(c.source())) {
                        if (!Files.isRegularFile(c.source())) {
                            throw new MediaException("source media not found: " + c.source());
                        }
                        sources.put(c.source(), probe.probe(c.source()));
                    }
                }
            }
        }
        return sources;
    }

    /** The preset's size, else the first video source's (made even), else 640x360. */
    private static int[] outputSize(OutputPreset preset, Map<Path, MediaInfo> sources) {
        if (preset.width() > 0 && preset.height() > 0) {
            return new int[] {preset.width(), preset.height()};
        }
        return sources.values().stream()
                .filter(MediaInfo::hasVideo)
                .findFirst()
                .map(i -> new int[] {i.video().width() & ~1, i.video().height() & ~1})
                .orElse(new int[] {DEFAULT_WIDTH, DEFAULT_HEIGHT});
    }

    private void renderInWindows(
            List<RenderPlan> windows,
            Map<Path, MediaInfo> sources,
            int[] size,
            OutputPreset preset,
            Path target,
            Progress tracker,
            List<TimedText> subtitles)
            throws MediaException {
        Path dir = null;
        try {
            // beside the output, so that anything a crash leaves lies with the partial output
            dir = Files.createTempDirectory(target.getParent(), ".seqdesk-parts-");
            List<String> args = new ArrayList<>();
            StringBuilder join = new StringBuilder();
            for (int i = 0; i < windows.size(); i++) {
                RenderPlan w = windows.get(i);
                Path part = dir.resolve(String.format("part-%05d.nut", i));
                List<String> pass =
                        new ArrayList<>(new RenderGraph(w, sources, size[0], size[1]).arguments());
                pass.addAll(List.of("-map", "[vout]", "-map", "[aout]"));
                pass.addAll(List.of("-c:v", "ffv1", "-c:a", "pcm_s16le", "-f", "nut"));
                pass.add(part.toString());
                runPass(pass, w.frames(), tracker, "rendering window " + (i + 1));
                args.addAll(List.of("-threads", "1", "-i", part.toString()));
                join.append('[').append(i).append(":v:0][").append(i).append(":a:0]");
            }
            // the concat filter joins sample-exact; the concat demuxer lost samples at each join
            join.append("concat=n=").append(windows.size()).append(":v=1:a=1[vout][aout]");
            args.addAll(List.of("-filter_complex", join.toString()));
            args.addAll(List.of("-map", "[vout]", "-map", "[aout]"));
            TextOverlay.apply(args, subtitles, size[1]);
            encode(args, preset, windows.get(0).fps(), target);
            runPass(args, tracker.totalFrames, tracker, "encoding " + target.getFileName());
        } catch (IOException e) {
            if (e instanceof MediaException) {
                throw (MediaException) e;
            }
            throw new MediaException("cannot write intermediate render files: " + e, e);
        } finally {
            deleteTree(dir);
        }
    }

    private static void encode(List<String> args, OutputPreset preset, Rational fps, Path target) {
        args.addAll(List.of("-c:v", preset.videoEncoder().orElseThrow()));
        args.addAll(List.of("-b:v", Long.toString(preset.videoBitrate())));
        args.addAll(List.of("-pix_fmt", preset.pixelFormat(), "-r", FfmpegArgs.rate(fps)));
        args.addAll(List.of("-c:a", preset.audioEncoder().orElseThrow()));
        if (preset.audioBitrate() > 0 && !preset.isPcm()) {
            args.addAll(List.of("-b:a", Long.toString(preset.audioBitrate())));
        }
        args.addAll(List.of("-ar", Integer.toString(RenderPlan.SAMPLE_RATE), "-ac", "2"));
        args.addAll(preset.containerFormat().muxerArguments(fps, RenderPlan.SAMPLE_RATE));
        args.add(target.toString());
    }

    private void runPass(List<String> args, long passFrames, Progress tracker, String what)
            throws MediaException {
        checkCancelled();
        List<String> command = new ArrayList<>(FfmpegArgs.quiet());
        command.addAll(List.of("-progress", "pipe:1", "-stats_period", "0.25"));
        command.addAll(args);
        Rational seconds = Rational.of(passFrames).dividedBy(tracker.fps);
        Duration limit = Duration.ofSeconds(120 + 30 * (seconds.floor() + 1));
        FfmpegRun run = new FfmpegRun(ffmpeg, what, limit);
        current = run;
        if (cancelled) {
            run.cancel();
        }
        try {
            ProgressParser parser = new ProgressParser(us -> tracker.update(passFrames, us));
            run.run(ffmpeg.command(command.toArray(String[]::new)), parser::accept);
            tracker.passDone(passFrames);
        } finally {
            current = null;
        }
    }

    private void checkCancelled() throws MediaCancelledException {
        if (cancelled) {
            throw new MediaCancelledException("the render was cancelled");
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the intermediate files in {}", dir, e);
        }
    }

    /**
     * Turns each pass's output time into one percentage over all passes: windows count by their
     * frames, and the joining pass, when there is one, as half of the whole.
     */
    private static final class Progress {
        private final Consumer<RenderProgress> listener;
        private final long totalFrames;
        private final Rational fps;
        private final Rational totalWeight;
        private Rational doneWeight = Rational.ZERO;
        private int lastPercent = -1;

        Progress(Consumer<RenderProgress> listener, long totalFrames, Rational fps, boolean join) {
            this.listener = listener;
            this.totalFrames = totalFrames;
            this.fps = fps;
            Rational frames = Rational.of(totalFrames);
            this.totalWeight = join ? frames.plus(frames.times(Rational.of(1, 2))) : frames;
        }

        void update(long passFrames, long outTimeMicros) {
            long frame = Rational.of(outTimeMicros, 1_000_000).times(fps).floor();
            frame = Math.min(Math.max(frame, 0), passFrames);
            report(doneWeight.plus(weight(passFrames).times(Rational.of(frame, passFrames))), 99);
        }

        void passDone(long passFrames) {
            doneWeight = doneWeight.plus(weight(passFrames));
            report(doneWeight, 99);
        }

        void finish() {
            report(totalWeight, 100);
        }

        private Rational weight(long passFrames) {
            // the joining pass covers all frames and counts half
            return passFrames == totalFrames
                            && totalWeight.compareTo(Rational.of(totalFrames)) > 0
                            && doneWeight.compareTo(Rational.of(totalFrames)) >= 0
                    ? Rational.of(totalFrames, 2)
                    : Rational.of(passFrames);
        }

        private void report(Rational done, int cap) {
            int percent = (int) Math.min(cap, done.times(100).dividedBy(totalWeight).floor());
            if (percent > lastPercent) {
                lastPercent = percent;
                long frame = done.times(totalFrames).dividedBy(totalWeight).floor();
                listener.accept(
                        new RenderProgress(percent, Math.min(frame, totalFrames), totalFrames));
            }
        }
    }
}

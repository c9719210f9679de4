package org.seqdesk.sandbox.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seqdesk.sandbox.media.MediaInfo.AudioInfo;
import org.seqdesk.sandbox.media.RenderPlan.AudioPiece;
import org.seqdesk.sandbox.media.RenderPlan.VideoPiece;
import org.seqdesk.timeline.Rational;

/**
 * Turns a {@link RenderPlan} into ffmpeg inputs and one filter graph whose outputs are labelled
 * {@code [vout]} and {@code [aout]}.
 *
 * <p>Each clip is its own input, opened with an input seek so nothing before it is decoded. A video
 * seek aims half a source frame before the wanted frame, so ffmpeg's microsecond rounding cannot
 * pick a neighbour; every branch is then converted to the output rate and size and cut to its exact
 * frame count with {@code trim} ({@code tpad} holds the last frame if the source ends early). Sound
 * is cut to exact sample counts with {@code atrim} ({@code apad} fills). Sound that covers the same
 * stretch as a picture of the same source is read from the picture's input, which halves the inputs
 * of a usual edit.
 */
final class RenderGraph {
    private final RenderPlan plan;
    private final Map<Path, MediaInfo> sources;
    private final int width;
    private final int height;
    private final List<String> inputs = new ArrayList<>();
    private final List<String> filters = new ArrayList<>();

    /** Audio pieces that could share the input of the picture over the same stretch. */
    private final Set<String> soundToShare = new HashSet<>();

    /** Inputs opened for a picture with its sound, by stretch, and where they were seeked. */
    private final Map<String, Integer> sharedInputs = new HashMap<>();

    private final Map<Integer, Rational> inputSeeks = new HashMap<>();
    private int inputCount;
    private int labelCount;

    RenderGraph(RenderPlan plan, Map<Path, MediaInfo> sources, int width, int height) {
        this.plan = plan;
        this.sources = sources;
        this.width = width;
        this.height = height;
        for (List<AudioPiece> line : plan.audio()) {
            for (AudioPiece p : line) {
                if (isPlain(p)) {
                    soundToShare.add(stretch(p.source(), p.from(), p.to()));
                }
            }
        }
    }

    private static boolean isPlain(AudioPiece p) {
        return !p.isGap() && p.speed().equals(Rational.ONE) && p.lead() + p.tail() == 0;
    }

    /** A key for a source over output samples [from, to). */
    private static String stretch(Path source, long from, long to) {
        return from + ":" + to + ":" + source;
    }

    /** The input options and {@code -filter_complex}, ready to be followed by output options. */
    List<String> arguments() {
        String video = videoLine();
        String audio = audioMix();
        filters.add("[" + video + "]null[vout]");
        filters.add("[" + audio + "]anull[aout]");
        List<String> args = new ArrayList<>(inputs);
        args.add("-filter_complex");
        args.add(String.join(";", filters));
        return args;
    }

    private String videoLine() {
        List<String> runs = new ArrayList<>();
        List<Long> runLengths = new ArrayList<>();
        List<Long> dissolves = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long length = 0;
        List<VideoPiece> pieces = plan.video();
        for (int i = 0; i < pieces.size(); i++) {
            VideoPiece p = pieces.get(i);
            if (i > 0 && p.lead() + pieces.get(i - 1).tail() > 0) {
                runs.add(concat(current, true));
                runLengths.add(length);
                dissolves.add(p.lead() + pieces.get(i - 1).tail());
                current = new ArrayList<>();
                length = 0;
            }
            boolean picture = !p.isGap() && sources.get(p.source()).hasVideo();
            current.add(picture ? videoClip(p) : black(p.renderedLength()));
            length += p.renderedLength();
        }
        runs.add(concat(current, true));
        runLengths.add(length);
        return dissolveRuns(runs, runLengths, dissolves);
    }

    /** Joins runs of pieces with cross dissolves; offsets count frames of the joined line. */
    private String dissolveRuns(List<String> runs, List<Long> runLengths, List<Long> dissolves) {
        String line = runs.get(0);
        long lineLength = runLengths.get(0);
        for (int i = 1; i < runs.size(); i++) {
            long d = dissolves.get(i - 1);
            long offset = lineLength - d;
            String out = label("x");
            // xfade refuses inputs whose time bases differ (a concat output keeps the base of
            // its first segment): put both on the frame grid first
            String first = onFrameGrid(line);
            String second = onFrameGrid(runs.get(i));
            filters.add(
                    "["
                            + first
                            + "]["
                            + second
                            + "]xfade=transition=fade:duration="
                            + seconds(d)
                            + ":offset="
                            + seconds(offset)
                            + "["
                            + out
                            + "]");
            line = out;
            lineLength = offset + runLengths.get(i);
        }
        return line;
    }

    private String onFrameGrid(String in) {
        String out = label("g");
        Rational fps = plan.fps();
        filters.add(
                "[" + in + "]settb=" + fps.denominator() + "/" + fps.numerator() + "[" + out + "]");
        return out;
    }

    private String videoClip(VideoPiece p) {
        Rational rate = sources.get(p.source()).video().rate();
        Rational start = p.sourceStart().minus(Rational.of(p.lead()).dividedBy(plan.fps()));
        long frame = Math.max(0, start.times(rate).round());
        Rational seek = frame > 0 ? Rational.of(2 * frame - 1, 2).dividedBy(rate) : Rational.ZERO;
        Rational played =
                Rational.of(p.renderedLength()).dividedBy(plan.fps()).times(p.speed().abs());
        String key = stretch(p.source(), plan.sampleOf(p.from()), plan.sampleOf(p.to()));
        boolean share =
                p.speed().equals(Rational.ONE)
                        && p.lead() + p.tail() == 0
                        && soundToShare.contains(key);
        int index = addInput(p.source(), seek, played.plus(Rational.ONE), share ? null : "-an");
        if (share) {
            // the clip's sound is read from this input too: one input instead of two
            sharedInputs.put(key, index);
            inputSeeks.put(index, seek);
        }
        String out = label("v");
        filters.add(
                "["
                        + index
                        + ":v:0]"
                        + Retime.picture(p.speed(), played, rate)
                        + "fps="
                        + FfmpegArgs.rate(plan.fps())
                        + ","
                        + fit()
                        + ",tpad=stop=-1:stop_mode=clone,trim=end_frame="
                        + p.renderedLength()
                        + ",setpts=PTS-STARTPTS["
                        + out
                        + "]");
        return out;
    }

    private String fit() {
        return "scale="
                + width
                + ":"
                + height
                + ":force_original_aspect_ratio=decrease,pad="
                + width
                + ":"
                + height
                + ":-1:-1:color=black,setsar=1,format=yuv420p";
    }

    private String blackSource() {
        return "color=c=black:s="
                + width
                + "x"
                + height
                + ":r="
                + FfmpegArgs.rate(plan.fps())
                + ",setsar=1,format=yuv420p";
    }

    private String black(long frames) {
        String out = label("v");
        filters.add(
                blackSource() + ",trim=end_frame=" + frames + ",setpts=PTS-STARTPTS[" + out + "]");
        return out;
    }

    private String audioMix() {
        List<String> lines = new ArrayList<>();
        for (List<AudioPiece> line : plan.audio()) {
            lines.add(audioLine(line));
        }
        if (lines.isEmpty()) {
            return silence(plan.sampleOf(plan.endFrame()) - plan.sampleOf(plan.firstFrame()));
        }
        if (lines.size() == 1) {
            return lines.get(0);
        }
        String out = label("m");
        StringBuilder mix = new StringBuilder();
        lines.forEach(l -> mix.append('[').append(l).append(']'));
        mix.append("amix=inputs=").append(lines.size()).append(":normalize=0:duration=longest,");
        mix.append(audioFormat()).append('[').append(out).append(']');
        filters.add(mix.toString());
        return out;
    }

    /** One audio track: its pieces joined, with cross-fades where they have handles. */
    private String audioLine(List<AudioPiece> line) {
        List<String> runs = new ArrayList<>();
        List<Long> fades = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            AudioPiece p = line.get(i);
            if (i > 0 && p.lead() + line.get(i - 1).tail() > 0) {
                runs.add(concat(current, false));
                fades.add(p.lead() + line.get(i - 1).tail());
                current = new ArrayList<>();
            }
            current.add(p.isGap() ? silence(p.renderedLength()) : audioClip(p));
        }
        runs.add(concat(current, false));
        String joined = runs.get(0);
        for (int i = 1; i < runs.size(); i++) {
            String out = label("xa");
            filters.add(
                    "["
                            + joined
                            + "]["
                            + runs.get(i)
                            + "]acrossfade=ns="
                            + fades.get(i - 1)
                            + ":c1=tri:c2=tri["
                            + out
                            + "]");
            joined = out;
        }
        return joined;
    }

    private String audioClip(AudioPiece p) {
        int[] where = locateChannel(sources.get(p.source()), p.channel());
        if (where == null || p.speed().signum() == 0) {
            return silence(p.renderedLength());
        }
        Rational second = Rational.of(1, RenderPlan.SAMPLE_RATE);
        Rational start = p.sourceStart().minus(second.times(p.lead()));
        Rational played = second.times(p.renderedLength()).times(p.speed().abs());
        Integer shared =
                isPlain(p) ? sharedInputs.get(stretch(p.source(), p.from(), p.to())) : null;
        String skip = "";
        int index;
        if (shared != null && start.compareTo(inputSeeks.get(shared)) >= 0) {
            index = shared;
            long samples =
                    start.minus(inputSeeks.get(shared)).times(RenderPlan.SAMPLE_RATE).round();
            skip = "atrim=start_sample=" + samples + ",asetpts=PTS-STARTPTS,";
        } else {
            index = addInput(p.source(), start, played.plus(Rational.ONE), "-vn");
        }
        String select = "[" + index + ":a:" + where[0] + "]";
        if (p.channel() > 0) {
            select += pan(p, "c" + where[1]) + ",";
        }
        String out = label("a");
        filters.add(
                select
                        + "aresample="
                        + RenderPlan.SAMPLE_RATE
                        + ","
                        + skip
                        + Retime.sound(p.speed(), played)
                        + "apad,atrim=end_sample="
                        + p.renderedLength()
                        + ",asetpts=PTS-STARTPTS,"
                        + audioFormat()
                        + "["
                        + out
                        + "]");
        return out;
    }

    /**
     * The audio stream (among the source's audio streams) and the channel within it of a channel
     * counted across streams; channel 0 is the first stream. Null when the source lacks it.
     */
    private static int[] locateChannel(MediaInfo info, int channel) {
        List<AudioInfo> streams = info.audio();
        if (channel == 0) {
            return streams.isEmpty() ? null : new int[] {0, 0};
        }
        int remaining = channel;
        for (int s = 0; s < streams.size(); s++) {
            if (remaining <= streams.get(s).channels()) {
                return new int[] {s, remaining - 1};
            }
            remaining -= streams.get(s).channels();
        }
        return null;
    }

    private static String pan(AudioPiece p, String channel) {
        String left = p.pan() == RenderPlan.Pan.RIGHT ? "0*" + channel : channel;
        String right = p.pan() == RenderPlan.Pan.LEFT ? "0*" + channel : channel;
        return "pan=stereo|c0=" + left + "|c1=" + right;
    }

    private String silence(long samples) {
        String out = label("a");
        filters.add(
                blankAudio()
                        + ",atrim=end_sample="
                        + samples
                        + ","
                        + audioFormat()
                        + "["
                        + out
                        + "]");
        return out;
    }

    private static String blankAudio() {
        return "anullsrc=r=" + RenderPlan.SAMPLE_RATE + ":cl=stereo";
    }

    private static String audioFormat() {
        return "aformat=sample_fmts=fltp:sample_rates="
                + RenderPlan.SAMPLE_RATE
                + ":channel_layouts=stereo";
    }

    private String concat(List<String> labels, boolean video) {
        if (labels.size() == 1) {
            return labels.get(0);
        }
        String out = label(video ? "cv" : "ca");
        StringBuilder f = new StringBuilder();
        labels.forEach(l -> f.append('[').append(l).append(']'));
        f.append("concat=n=").append(labels.size()).append(video ? ":v=1:a=0" : ":v=0:a=1");
        f.append('[').append(out).append(']');
        filters.add(f.toString());
        return out;
    }

    private int addInput(Path source, Rational seek, Rational span, String drop) {
        if (seek.signum() > 0) {
            inputs.add("-ss");
            inputs.add(FfmpegArgs.seconds(seek));
        }
        inputs.addAll(List.of("-t", FfmpegArgs.seconds(span)));
        if (drop != null) {
            inputs.add(drop);
        }
        inputs.addAll(List.of("-sn", "-dn", "-threads", "1"));
        inputs.add("-i");
        inputs.add(source.toAbsolutePath().toString());
        return inputCount++;
    }

    private String seconds(long frames) {
        return FfmpegArgs.seconds(Rational.of(frames).dividedBy(plan.fps()));
    }

    private String label(String prefix) {
        return prefix + labelCount++;
    }
}

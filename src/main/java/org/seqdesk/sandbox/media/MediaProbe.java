package org.seqdesk.sandbox.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.seqdesk.sandbox.media.MediaInfo.AudioInfo;
import org.seqdesk.sandbox.media.MediaInfo.VideoInfo;
import org.seqdesk.timeline.Rational;

/**
 * Reads what a media file holds with the bundled ffprobe.
 *
 * <p>Rates are taken as ffprobe's exact fractions. The video frame count is the container's own
 * count where it keeps one (MP4, MOV); otherwise the packets are counted, which reads the whole
 * file but decodes nothing. Audio lengths come from the stream's duration in its own time base.
 */
public final class MediaProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Ffmpeg ffmpeg;

    public MediaProbe(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /**
     * Probes one file.
     *
     * @throws MediaException when the file is missing or not media ffprobe understands
     */
    public MediaInfo probe(Path file) throws MediaException {
        if (!Files.isRegularFile(file)) {
            throw new MediaException("media file not found: " + file);
        }
        JsonNode root = runProbe(file, "-show_streams", "-show_format");
        VideoInfo video = null;
        List<AudioInfo> audio = new ArrayList<>();
        for (JsonNode s : root.path("streams")) {
            String type = s.path("codec_type").asText();
            if (type.equals("video") && video == null && !isCoverArt(s)) {
                video = video(file, s);
            } else if (type.equals("audio")) {
                audio.add(audio(s));
            }
        }
        String container = root.path("format").path("format_name").asText("");
        return new MediaInfo(file, container, video, audio);
    }

    private static boolean isCoverArt(JsonNode stream) {
        return stream.path("disposition").path("attached_pic").asInt(0) == 1;
    }

    private VideoInfo video(Path file, JsonNode s) throws MediaException {
        Rational rate = fraction(s.path("avg_frame_rate").asText());
        if (rate.signum() <= 0) {
            rate = fraction(s.path("r_frame_rate").asText());
        }
        if (rate.signum() <= 0) {
            throw new MediaException("no frame rate for the video of " + file);
        }
        int index = s.path("index").asInt();
        long frames = s.path("nb_frames").asLong(0);
        if (frames <= 0) {
            frames = countPackets(file, index);
        }
        return new VideoInfo(
                index,
                s.path("codec_name").asText(""),
                s.path("width").asInt(),
                s.path("height").asInt(),
                rate,
                frames);
    }

    private static AudioInfo audio(JsonNode s) {
        int sampleRate = s.path("sample_rate").asInt();
        Rational timeBase = fraction(s.path("time_base").asText());
        long durationTs = s.path("duration_ts").asLong(-1);
        Rational seconds;
        if (durationTs >= 0 && timeBase.signum() > 0) {
            seconds = timeBase.times(durationTs);
        } else {
            String d = s.path("duration").asText("0");
            seconds = d.equals("N/A") ? Rational.ZERO : Rational.parse(d);
        }
        long samples = sampleRate > 0 ? seconds.times(sampleRate).round() : 0;
        return new AudioInfo(
                s.path("index").asInt(),
                s.path("codec_name").asText(""),
                sampleRate,
                s.path("channels").asInt(),
                samples);
    }

    private long countPackets(Path file, int index) throws MediaException {
        JsonNode root =
                runProbe(
                        file,
                        "-count_packets",
                        "-select_streams",
                        Integer.toString(index),
                        "-show_entries",
                        "stream=nb_read_packets");
        return root.path("streams").path(0).path("nb_read_packets").asLong(0);
    }

    private JsonNode runProbe(Path file, String... options) throws MediaException {
        List<String> args = new ArrayList<>(List.of("-v", "error", "-of", "json"));
        args.addAll(List.of(options));
        args.add(file.toAbsolutePath().toString());
        FfmpegRun run = new FfmpegRun(ffmpeg, "probing " + file.getFileName(), TIMEOUT);
        List<String> out = run.runForOutput(ffmpeg.command(ffmpeg.probeExecutable(), args));
        try {
            return JSON.readTree(String.join("\n", out));
        } catch (java.io.IOException e) {
            throw new MediaException("ffprobe gave no readable answer for " + file, e);
        }
    }

    /** ffprobe's {@code 30000/1001}; {@code 0/0} and anything unreadable become zero. */
    static Rational fraction(String text) {
        try {
            int slash = text.indexOf('/');
            if (slash > 0 && Long.parseLong(text.substring(slash + 1).trim()) == 0) {
                return Rational.ZERO;
            }
            return Rational.parse(text);
        } catch (RuntimeException e) {
            return Rational.ZERO;
        }
    }
}

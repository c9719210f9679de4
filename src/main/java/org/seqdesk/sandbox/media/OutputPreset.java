package org.seqdesk.sandbox.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The output format of a render, as a shape tag's transcode preset gives it.
 *
 * @param name the shape tag name, for messages
 * @param container {@code mp4}, {@code mov} or {@code mkv}; null when the preset has none
 * @param videoCodec e.g. {@code h264}, {@code mpeg4}, {@code prores}, {@code vp9}; may be null
 * @param videoBitrate bits per second, 0 when not given
 * @param audioCodec e.g. {@code aac}, {@code pcm_s16le}, {@code mp3}, {@code opus}; may be null
 * @param audioBitrate bits per second, 0 when not given (allowed for PCM only)
 * @param width output width in pixels, 0 to take the first source's
 * @param height output height in pixels, 0 to take the first source's
 */
public record OutputPreset(
        String name,
        String container,
        String videoCodec,
        long videoBitrate,
        String audioCodec,
        long audioBitrate,
        int width,
        int height) {

    public OutputPreset {
        name = name == null ? "" : name;
    }

    /** What keeps this preset from rendering, as sentences; empty when it can render. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(container)) {
            problems.add("no container format is given");
        } else if (Container.forName(container).isEmpty()) {
            problems.add("the container format '" + container + "' is not supported");
        }
        if (blank(videoCodec)) {
            problems.add("no video codec is given");
        } else if (videoEncoder().isEmpty()) {
            problems.add("the video codec '" + videoCodec + "' is not supported");
        } else if (videoBitrate <= 0) {
            problems.add("no video bitrate is given");
        }
        if (blank(audioCodec)) {
            problems.add("no audio codec is given");
        } else if (audioEncoder().isEmpty()) {
            problems.add("the audio codec '" + audioCodec + "' is not supported");
        } else if (audioBitrate <= 0 && !isPcm()) {
            problems.add("no audio bitrate is given (only PCM may leave it out)");
        }
        if (width < 0 || height < 0 || width % 2 != 0 || height % 2 != 0) {
            problems.add("the size must be even: " + width + "x" + height);
        }
        return problems;
    }

    /** Throws when {@link #problems()} is not empty. */
    public void requireRenderable() throws InvalidPresetException {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidPresetException(name, problems);
        }
    }

    Container containerFormat() {
        return Container.forName(container).orElseThrow();
    }

    /** The ffmpeg encoder for the video codec this preset names. */
    Optional<String> videoEncoder() {
        switch (key(videoCodec)) {
            case "h264":
            case "avc":
            case "avc1":
            case "libopenh264":
                return Optional.of("libopenh264");
            case "mpeg4":
                return Optional.of("mpeg4");
            case "prores":
                return Optional.of("prores_ks");
            case "vp8":
                return Optional.of("libvpx");
            case "vp9":
                return Optional.of("libvpx-vp9");
            case "mjpeg":
                return Optional.of("mjpeg");
            default:
                return Optional.empty();
        }
    }

    /** The ffmpeg encoder for the audio codec this preset names. */
    Optional<String> audioEncoder() {
        switch (key(audioCodec)) {
            case "aac":
                return Optional.of("aac");
            case "pcm":
            case "pcm_s16le":
                return Optional.of("pcm_s16le");
            case "pcm_s24le":
                return Optional.of("pcm_s24le");
            case "mp3":
                return Optional.of("libmp3lame");
            case "opus":
                return Optional.of("libopus");
            default:
                return Optional.empty();
        }
    }

    /** The pixel format the video encoder wants. */
    String pixelFormat() {
        String encoder = videoEncoder().orElse("");
        if (encoder.equals("prores_ks")) {
            return "yuv422p10le";
        }
        return encoder.equals("mjpeg") ? "yuvj420p" : "yuv420p";
    }

    boolean isPcm() {
        return key(audioCodec).startsWith("pcm");
    }

    private static String key(String codec) {
        return codec == null ? "" : codec.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

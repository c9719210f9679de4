package org.seqdesk.sandbox.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seqdesk.sandbox.media.MediaInfo.VideoInfo;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.TimeCode;

/**
 * Grabs one frame of a video as a small JPEG or PNG picture.
 *
 * <p>The frame is the one on screen at the requested time (times past the end give the last frame).
 * The seek aims half a frame before it, so rounding in ffmpeg's microsecond clock can never land on
 * a neighbour.
 */
public final class Thumbnailer {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Ffmpeg ffmpeg;
    private final MediaProbe probe;

    public Thumbnailer(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
        this.probe = new MediaProbe(ffmpeg);
    }

    /** The frame at {@code at} as JPEG bytes, {@code width} pixels wide. */
    public byte[] jpeg(Path media, TimeCode at, int width) throws MediaException {
        Path temp = null;
        try {
            temp = Files.createTempFile("seqdesk-thumb-", ".jpg");
            write(media, at, width, temp);
            return Files.readAllBytes(temp);
        } catch (IOException e) {
            if (e instanceof MediaException) {
                throw (MediaException) e;
            }
            throw new MediaException("cannot make a thumbnail of " + media + ": " + e, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover empty temporary file is harmless
                }
            }
        }
    }

    /**
     * Writes the frame at {@code at} to {@code output}, JPEG or PNG by its extension, {@code width}
     * pixels wide with the height following the picture's shape.
     */
    public void write(Path media, TimeCode at, int width, Path output) throws MediaException {
        if (width < 2 || width > 4096) {
            throw new IllegalArgumentException("thumbnail width out of range: " + width);
        }
        MediaInfo info = probe.probe(media);
        VideoInfo video = info.video();
        if (video == null || video.frames() == 0) {
            throw new MediaException("no picture to take a thumbnail from in " + media);
        }
        long frame = frameAt(video, at);
        boolean png = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
        List<String> args = new ArrayList<>(FfmpegArgs.quiet());
        if (frame > 0) {
            Rational seek = Rational.of(2 * frame - 1, 2).dividedBy(video.rate());
            args.addAll(List.of("-ss", FfmpegArgs.seconds(seek)));
        }
        args.addAll(List.of("-an", "-i", media.toAbsolutePath().toString(), "-frames:v", "1"));
        args.addAll(List.of("-vf", "scale=" + width + ":-2"));
        if (png) {
            args.addAll(List.of("-c:v", "png"));
        } else {
            args.addAll(List.of("-c:v", "mjpeg", "-q:v", "4"));
        }
        try (OutputFile out = OutputFile.beside(output)) {
            args.addAll(List.of("-f", "image2", "-update", "1", out.temporary().toString()));
            new FfmpegRun(ffmpeg, "thumbnail of " + media.getFileName(), TIMEOUT)
                    .run(ffmpeg.command(args.toArray(String[]::new)), line -> {});
            out.commit();
        }
    }

    private static long frameAt(VideoInfo video, TimeCode at) {
        if (at.signum() <= 0) {
            return 0;
        }
        if (at.isInfinite()) {
            return video.frames() - 1;
        }
        long frame = at.seconds().times(video.rate()).floor();
        return Math.min(frame, video.frames() - 1);
    }
}

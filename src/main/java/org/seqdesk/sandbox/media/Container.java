package org.seqdesk.sandbox.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.seqdesk.timeline.Rational;

/** The file formats the sandbox writes. */
public enum Container {
    MP4("mp4", "mp4", "video/mp4"),
    MOV("mov", "mov", "video/quicktime"),
    MKV("matroska", "mkv", "video/x-matroska");

    private final String muxer;
    private final String extension;
    private final String mimeType;

    Container(String muxer, String extension, String mimeType) {
        this.muxer = muxer;
        this.extension = extension;
        this.mimeType = mimeType;
    }

    /** The container a preset names: {@code mp4}, {@code mov} or {@code quicktime}, {@code mkv}. */
    public static Optional<Container> forName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "mp4":
            case "m4v":
                return Optional.of(MP4);
            case "mov":
            case "quicktime":
                return Optional.of(MOV);
            case "mkv":
            case "matroska":
                return Optional.of(MKV);
            default:
                return Optional.empty();
        }
    }

    /** The container an output file's extension asks for. */
    static Container forOutput(Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return forName(dot < 0 ? "" : name.substring(dot + 1))
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "the output must end in .mp4, .mov or .mkv: " + output));
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /**
     * The muxer options for a file with video at {@code fps} and audio at {@code sampleRate}.
     *
     * <p>MP4 and MOV keep edit lists in the movie time scale, 1/1000 s unless told otherwise, which
     * would cut AAC sound at 29.97 to the millisecond; a scale that both rates divide keeps it to
     * the sample.
     */
    List<String> muxerArguments(Rational fps, int sampleRate) {
        List<String> args = new ArrayList<>(List.of("-f", muxer));
        if (this != MKV) {
            long scale = lcm(fps.numerator(), sampleRate);
            args.addAll(List.of("-movflags", "+faststart"));
            if (scale <= Integer.MAX_VALUE) {
                args.addAll(List.of("-movie_timescale", Long.toString(scale)));
            }
        }
        return args;
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }
}

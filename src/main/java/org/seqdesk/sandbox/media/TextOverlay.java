package org.seqdesk.sandbox.media;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seqdesk.timeline.Rational;

/**
 * Burns timed texts into the rendered picture: a chain of {@code drawtext} filters, each enabled
 * over its span, fed from the graph's {@code [vout]}.
 */
final class TextOverlay {
    private static final String LABEL = "vtext";

    private TextOverlay() {}

    /** Whether a font is there to draw with. */
    static boolean available() {
        return Fonts.find().isPresent();
    }

    /**
     * Passes the video of {@code args} (an ffmpeg command with a {@code -filter_complex} ending in
     * {@code [vout]} and {@code -map [vout]}) through the texts.
     */
    static void apply(List<String> args, List<TimedText> texts, int height) throws MediaException {
        if (texts.isEmpty()) {
            return;
        }
        Path font =
                Fonts.find()
                        .orElseThrow(() -> new MediaException("no font to burn subtitles with"));
        int graph = args.indexOf("-filter_complex") + 1;
        int map = args.indexOf("[vout]");
        if (graph == 0 || map < 0) {
            throw new IllegalStateException("the render command has no [vout] to draw on");
        }
        args.set(
                graph,
                args.get(graph) + ";[vout]" + chain(texts, font, height) + "[" + LABEL + "]");
        args.set(map, "[" + LABEL + "]");
    }

    private static String chain(List<TimedText> texts, Path font, int height) {
        int size = Math.max(10, height / 16);
        List<String> filters = new ArrayList<>();
        for (TimedText t : texts) {
            filters.add(
                    "drawtext=fontfile="
                            + FfmpegArgs.quote(font.toString().replace('\\', '/'))
                            + ":expansion=none:text="
                            // a filter value cannot hold a straight quote
                            + FfmpegArgs.quote(t.text().replace('\'', '\u2019'))
                            + ":fontsize="
                            + size
                            + ":fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=4"
                            + ":x=(w-tw)/2:y=h-th-"
                            + size
                            + ":enable="
                            + FfmpegArgs.quote(
                                    "between(t,"
                                            + seconds(t.start())
                                            + ","
                                            + seconds(t.end())
                                            + ")"));
        }
        return String.join(",", filters);
    }

    /** A decimal for ffmpeg's expression parser, to the microsecond. */
    private static String seconds(Rational r) {
        return BigDecimal.valueOf(r.numerator())
                .divide(BigDecimal.valueOf(r.denominator()), 6, RoundingMode.HALF_EVEN)
                .toPlainString();
    }
}

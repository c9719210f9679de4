package org.seqdesk.sandbox.media;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.seqdesk.timeline.Rational;

/** Small helpers that turn exact values into ffmpeg's command-line and filter syntax. */
final class FfmpegArgs {
    private FfmpegArgs() {}

    /** The options every run starts with: no banner, no prompt, errors only, overwrite. */
    static List<String> quiet() {
        return List.of("-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", "-y");
    }

    /** A rate as ffmpeg reads it exactly: {@code 25} or {@code 30000/1001}. */
    static String rate(Rational fps) {
        return fps.isInteger() ? Long.toString(fps.numerator()) : fps.toString();
    }

    /**
     * Seconds as a decimal ffmpeg parses: exact when the fraction has a finite decimal form,
     * otherwise rounded down to the microsecond, which is ffmpeg's own time unit.
     */
    static String seconds(Rational seconds) {
        return decimal(seconds);
    }

    /** A fraction as a decimal: exact where it can be, else rounded down to six places. */
    static String decimal(Rational value) {
        BigDecimal n = BigDecimal.valueOf(value.numerator());
        BigDecimal d = BigDecimal.valueOf(value.denominator());
        try {
            return n.divide(d).stripTrailingZeros().toPlainString();
        } catch (ArithmeticException notTerminating) {
            return n.divide(d, 6, RoundingMode.FLOOR).stripTrailingZeros().toPlainString();
        }
    }

    /** Whether a value can be quoted for a filter graph (no single quote in it). */
    static boolean isQuotable(Path path) {
        return !path.toString().contains("'");
    }

    /**
     * A filter option value quoted for a filter graph: backslash and colon escaped for the option
     * parser, and the whole in single quotes so the graph parser keeps commas and semicolons.
     */
    static String quote(String value) {
        if (value.contains("'")) {
            throw new IllegalArgumentException("a filter value cannot hold a quote: " + value);
        }
        return "'" + value.replace("\\", "\\\\").replace(":", "\\:") + "'";
    }
}

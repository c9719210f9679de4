package org.seqdesk.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Reads OpenTimelineIO's small value types exactly. A RationalTime's value and rate are JSON
 * floats; their decimal text is turned into fractions without passing through a double, and rates
 * written as the double nearest 24000/1001 (or 30000/1001, 60000/1001 …) are read as those
 * fractions.
 */
final class OtioValues {
    private static final int[] NTSC_NOMINALS = {24, 30, 48, 60, 120};
    private static final BigDecimal[] NTSC_RATES = {
        ntsc(24), ntsc(30), ntsc(48), ntsc(60), ntsc(120)
    };
    private static final BigDecimal NTSC_TOLERANCE = new BigDecimal("0.001");

    private final List<Problem> problems;

    private static BigDecimal ntsc(int nominal) {
        return BigDecimal.valueOf(nominal * 1000L)
                .divide(BigDecimal.valueOf(1001), MathContext.DECIMAL64);
    }

    OtioValues(List<Problem> problems) {
        this.problems = problems;
    }

    /** A RationalTime as an exact time code, or null (with a problem) when unusable. */
    TimeCode time(JsonNode rt, String path) {
        if (rt == null || rt.isNull() || !rt.isObject()) {
            return null;
        }
        Rational rate = rate(rt.get("rate"), path + ".rate");
        BigDecimal value = decimal(rt.get("value"), path + ".value");
        if (rate == null || value == null) {
            return null;
        }
        Rational samples;
        try {
            samples = ExactTime.rational(value);
        } catch (ArithmeticException e) {
            problems.add(Problem.error(path, "time value out of range: " + value.toPlainString()));
            return null;
        }
        TimeBase base = TimeBase.ofRate(rate);
        if (!samples.isInteger()) {
            TimeCode exact = ExactTime.of(samples, base);
            problems.add(
                    Problem.info(
                            path,
                            "value "
                                    + value.toPlainString()
                                    + " is not a whole number of frames at rate "
                                    + rate
                                    + "; kept exactly as "
                                    + exact.toText()));
            return exact;
        }
        return TimeCode.of(samples.numerator(), base);
    }

    /** A TimeRange as {start, duration}, or null. */
    TimeCode[] range(JsonNode tr, String path) {
        if (tr == null || tr.isNull() || !tr.isObject()) {
            return null;
        }
        TimeCode start = time(tr.get("start_time"), path + ".start_time");
        TimeCode duration = time(tr.get("duration"), path + ".duration");
        if (start == null || duration == null) {
            return null;
        }
        if (duration.signum() < 0) {
            problems.add(Problem.error(path, "negative duration"));
            return null;
        }
        return new TimeCode[] {start, duration};
    }

    /** A positive rate as an exact fraction; 0, negative, NaN or infinite rates are reported. */
    Rational rate(JsonNode n, String path) {
        BigDecimal r = decimal(n, path);
        if (r == null) {
            return null;
        }
        if (r.signum() <= 0) {
            problems.add(Problem.warning(path, "rate " + r.toPlainString() + " is not positive"));
            return null;
        }
        if (r.stripTrailingZeros().scale() <= 0) {
            return Rational.of(r.longValue());
        }
        for (int i = 0; i < NTSC_NOMINALS.length; i++) {
            if (r.subtract(NTSC_RATES[i]).abs().compareTo(NTSC_TOLERANCE) < 0) {
                return Rational.of(NTSC_NOMINALS[i] * 1000L, 1001);
            }
        }
        try {
            return ExactTime.rational(r);
        } catch (ArithmeticException e) {
            BigDecimal rounded = r.round(new MathContext(12));
            problems.add(Problem.warning(path, "rate " + r + " rounded to " + rounded));
            return ExactTime.rational(rounded);
        }
    }

    /** A number's exact decimal; null (with a problem) for NaN, infinities, text or absence. */
    BigDecimal decimal(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            problems.add(Problem.error(path, "missing number"));
            return null;
        }
        if (n.isBigDecimal() || n.isBigInteger() || n.isIntegralNumber()) {
            return n.decimalValue();
        }
        if (n.isNumber() && Double.isFinite(n.doubleValue())) {
            // only reached for a float node; its shortest text is the number as written
            return new BigDecimal(n.asText());
        }
        problems.add(Problem.error(path, "not a finite number: " + n.asText()));
        return null;
    }

    /** {@code samples × factor} at the same base, exactly (moving to a finer base if needed). */
    static TimeCode scale(TimeCode t, Rational factor) {
        return ExactTime.of(Rational.of(t.samples()).times(factor), t.base());
    }

    static String text(JsonNode parent, String key) {
        JsonNode n = parent == null ? null : parent.get(key);
        return n == null || n.isNull() || n.isContainerNode() ? "" : n.asText();
    }

    static String schema(JsonNode n) {
        return text(n, "OTIO_SCHEMA");
    }

    /** The schema name without its version: {@code Clip} for {@code Clip.2}. */
    static String kind(JsonNode n) {
        String s = schema(n);
        int dot = s.indexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }
}

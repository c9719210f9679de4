package org.seqdesk.timeline;

import java.math.BigInteger;

/**
 * FCPXML's rational time text: {@code 3600s}, {@code 1001/30000s}, {@code 8648640000/2400000s},
 * read and written exactly.
 */
final class FcpxTime {
    private FcpxTime() {}

    /** Seconds, or null for null or empty text. */
    static Rational parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        if (!s.endsWith("s")) {
            throw new IllegalArgumentException("not an FCPXML time: " + text);
        }
        String body = s.substring(0, s.length() - 1);
        int slash = body.indexOf('/');
        if (slash < 0) {
            return Rational.parse(body);
        }
        BigInteger n = new BigInteger(body.substring(0, slash).trim());
        BigInteger d = new BigInteger(body.substring(slash + 1).trim());
        if (d.signum() == 0) {
            throw new IllegalArgumentException("zero denominator in " + text);
        }
        BigInteger g = n.gcd(d);
        // reduce before narrowing, so huge but reducible denominators stay exact
        return Rational.of(n.divide(g).longValueExact(), d.divide(g).longValueExact());
    }

    /** Compares exactly, without big numbers when the products fit in a long. */
    static int compare(Rational a, Rational b) {
        if (a.denominator() == b.denominator()) {
            return Long.compare(a.numerator(), b.numerator());
        }
        try {
            return Long.compare(
                    Math.multiplyExact(a.numerator(), b.denominator()),
                    Math.multiplyExact(b.numerator(), a.denominator()));
        } catch (ArithmeticException overflow) {
            return a.compareTo(b);
        }
    }

    /** {@code 1001/30000s}, or {@code 10s} for whole seconds. */
    static String format(Rational seconds) {
        return seconds.isInteger()
                ? seconds.numerator() + "s"
                : seconds.numerator() + "/" + seconds.denominator() + "s";
    }

    /**
     * The time at {@code seconds}, in {@code preferred} when it falls on a sample there, else in a
     * base fine enough to hold it exactly.
     */
    static TimeCode toTime(Rational seconds, TimeBase preferred) {
        Rational samples = seconds.dividedBy(preferred.seconds());
        if (samples.isInteger()) {
            return TimeCode.of(samples.numerator(), preferred);
        }
        return TimeCode.of(seconds.numerator(), new TimeBase(1, seconds.denominator()));
    }

    /** A frame rate from a format's {@code frameDuration}, e.g. 1001/30000s is 30000/1001 fps. */
    static Rational fps(String frameDuration) {
        Rational d = parse(frameDuration);
        return d == null || d.signum() <= 0 ? null : Rational.ONE.dividedBy(d);
    }

    /**
     * A conform rate such as {@code 25}, {@code 23.98} or {@code 29.97}: two-decimal NTSC rates
     * mean their exact x1000/1001 values.
     */
    static Rational nominalFps(String text) {
        Rational r = Rational.parse(text);
        if (r.isInteger()) {
            return r;
        }
        long whole = r.floor() + 1;
        Rational ntsc = Rational.of(whole * 1000, 1001);
        Rational diff = ntsc.minus(r).abs();
        return diff.compareTo(Rational.of(1, 100)) < 0 ? ntsc : r;
    }
}

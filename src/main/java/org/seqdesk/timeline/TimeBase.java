package org.seqdesk.timeline;

import java.util.Locale;

/**
 * The duration of one sample, in seconds, as an exact fraction: PAL video is 1/25, NTSC video
 * 1001/30000, 48 kHz audio 1/48000.
 *
 * <p>VidiCore writes a time base as its inverse: {@code 25}, {@code 30000:1001}, or a constant name
 * ({@code PAL}, {@code NTSC}, {@code NTSC30}).
 */
public record TimeBase(long numerator, long denominator) implements Comparable<TimeBase> {
    public static final TimeBase SECONDS = new TimeBase(1, 1);
    public static final TimeBase PAL = new TimeBase(1, 25);
    public static final TimeBase NTSC = new TimeBase(1001, 30000);
    public static final TimeBase NTSC30 = new TimeBase(1, 30);
    public static final TimeBase FILM = new TimeBase(1, 24);
    public static final TimeBase FILM_NTSC = new TimeBase(1001, 24000);
    public static final TimeBase AUDIO_48K = new TimeBase(1, 48000);

    public TimeBase {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException(
                    "a time base must be positive: " + numerator + "/" + denominator);
        }
        long g = Rational.gcd(numerator, denominator);
        numerator /= g;
        denominator /= g;
    }

    /** The time base of a frame rate given as frames per second, e.g. 30000/1001. */
    public static TimeBase ofRate(Rational framesPerSecond) {
        return new TimeBase(framesPerSecond.denominator(), framesPerSecond.numerator());
    }

    public static TimeBase ofRate(long fpsNumerator, long fpsDenominator) {
        return new TimeBase(fpsDenominator, fpsNumerator);
    }

    /** Seconds per sample. */
    public Rational seconds() {
        return Rational.of(numerator, denominator);
    }

    /** Samples per second, e.g. 30000/1001 for NTSC. */
    public Rational rate() {
        return Rational.of(denominator, numerator);
    }

    /** Parses VidiCore's text form: {@code 25}, {@code 30000:1001}, {@code PAL}, {@code NTSC}. */
    public static TimeBase parse(String text) {
        String s = text.trim();
        switch (s.toUpperCase(Locale.ROOT)) {
            case "PAL":
                return PAL;
            case "NTSC":
                return NTSC;
            case "NTSC30":
                return NTSC30;
            default:
                break;
        }
        int colon = s.indexOf(':');
        try {
            if (colon < 0) {
                return new TimeBase(1, Long.parseLong(s));
            }
            return new TimeBase(
                    Long.parseLong(s.substring(colon + 1)), Long.parseLong(s.substring(0, colon)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a time base: " + text, e);
        }
    }

    /** VidiCore's text form: the inverse, with the numerator only when it is not 1. */
    public String toText() {
        return numerator == 1 ? Long.toString(denominator) : denominator + ":" + numerator;
    }

    /**
     * The coarsest base in which both this and {@code other} are whole numbers of samples, so that
     * times in the two can be added or compared exactly.
     */
    public TimeBase common(TimeBase other) {
        // seconds a/b and c/d: the common unit is gcd(a*d, c*b) / (b*d)
        long g = Rational.gcd(denominator, other.denominator);
        long lcmDen = Math.multiplyExact(denominator / g, other.denominator);
        long n1 = Math.multiplyExact(numerator, lcmDen / denominator);
        long n2 = Math.multiplyExact(other.numerator, lcmDen / other.denominator);
        return new TimeBase(Rational.gcd(n1, n2), lcmDen);
    }

    @Override
    public int compareTo(TimeBase o) {
        return seconds().compareTo(o.seconds());
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}

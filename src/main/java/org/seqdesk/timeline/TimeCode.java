package org.seqdesk.timeline;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A point in time as a whole number of samples at a {@link TimeBase}, or one of the two open ends
 * of time, {@code -INF} and {@code +INF}.
 *
 * <p>Comparison and arithmetic are exact across bases: times in different bases are brought to
 * their {@linkplain TimeBase#common common base}, never to floating-point seconds.
 */
public final class TimeCode implements Comparable<TimeCode> {
    public static final TimeCode NEGATIVE_INFINITY = new TimeCode(Long.MIN_VALUE, TimeBase.SECONDS);
    public static final TimeCode POSITIVE_INFINITY = new TimeCode(Long.MAX_VALUE, TimeBase.SECONDS);

    private final long samples;
    private final TimeBase base;

    private TimeCode(long samples, TimeBase base) {
        this.samples = samples;
        this.base = Objects.requireNonNull(base, "base");
    }

    public static TimeCode of(long samples, TimeBase base) {
        if (samples == Long.MIN_VALUE || samples == Long.MAX_VALUE) {
            throw new IllegalArgumentException("sample count out of range");
        }
        return new TimeCode(samples, base);
    }

    public static TimeCode zero(TimeBase base) {
        return new TimeCode(0, base);
    }

    /**
     * Parses VidiCore's text form {@code samples[@base]} ({@code 250@PAL}, {@code 1001@30000:1001},
     * {@code 12} meaning 12 s) and {@code -INF}/{@code +INF}.
     */
    public static TimeCode parse(String text) {
        String s = text.trim();
        if (s.equals("-INF")) {
            return NEGATIVE_INFINITY;
        }
        if (s.equals("+INF") || s.equals("INF")) {
            return POSITIVE_INFINITY;
        }
        int at = s.indexOf('@');
        try {
            long samples = Long.parseLong(at < 0 ? s : s.substring(0, at));
            TimeBase base = at < 0 ? TimeBase.SECONDS : TimeBase.parse(s.substring(at + 1));
            return of(samples, base);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a time code: " + text, e);
        }
    }

    public long samples() {
        return samples;
    }

    public TimeBase base() {
        return base;
    }

    public boolean isInfinite() {
        return this == NEGATIVE_INFINITY || this == POSITIVE_INFINITY;
    }

    /** Seconds as an exact fraction. */
    public Rational seconds() {
        requireFinite();
        return base.seconds().times(samples);
    }

    /** This time expressed in {@code target}, if it falls exactly on a sample there. */
    public boolean isExactIn(TimeBase target) {
        requireFinite();
        return seconds().dividedBy(target.seconds()).isInteger();
    }

    /** This time in {@code target}, rounded down to a whole sample. */
    public TimeCode floorTo(TimeBase target) {
        requireFinite();
        return of(seconds().dividedBy(target.seconds()).floor(), target);
    }

    /** This time in {@code target}, rounded to the nearest whole sample. */
    public TimeCode roundTo(TimeBase target) {
        requireFinite();
        return of(seconds().dividedBy(target.seconds()).round(), target);
    }

    /** This time in {@code target}; throws if it does not fall exactly on a sample there. */
    public TimeCode exactlyIn(TimeBase target) {
        Rational r = seconds().dividedBy(target.seconds());
        if (!r.isInteger()) {
            throw new ArithmeticException(this + " is not a whole number of samples at " + target);
        }
        return of(r.numerator(), target);
    }

    public TimeCode plus(TimeCode other) {
        requireFinite();
        other.requireFinite();
        TimeBase common = base.common(other.base);
        return of(Math.addExact(inUnits(common), other.inUnits(common)), common).simplified(base);
    }

    public TimeCode minus(TimeCode other) {
        return plus(other.negate());
    }

    public TimeCode plusSamples(long delta) {
        requireFinite();
        return of(Math.addExact(samples, delta), base);
    }

    public TimeCode negate() {
        requireFinite();
        return of(-samples, base);
    }

    public int signum() {
        return this == NEGATIVE_INFINITY
                ? -1
                : this == POSITIVE_INFINITY ? 1 : Long.signum(samples);
    }

    /** Samples of this time counted in {@code common}, a base this one is a whole multiple of. */
    private long inUnits(TimeBase common) {
        Rational perSample = base.seconds().dividedBy(common.seconds());
        return Math.multiplyExact(samples, perSample.numerator());
    }

    /** Prefers the original base when the value is exact in it. */
    private TimeCode simplified(TimeBase preferred) {
        return isExactIn(preferred) ? exactlyIn(preferred) : this;
    }

    private void requireFinite() {
        if (isInfinite()) {
            throw new ArithmeticException("no arithmetic on an infinite time");
        }
    }

    @Override
    public int compareTo(TimeCode o) {
        if (this == o) {
            return 0;
        }
        if (this == NEGATIVE_INFINITY || o == POSITIVE_INFINITY) {
            return -1;
        }
        if (this == POSITIVE_INFINITY || o == NEGATIVE_INFINITY) {
            return 1;
        }
        if (base.equals(o.base)) {
            return Long.compare(samples, o.samples);
        }
        try {
            long left =
                    Math.multiplyExact(
                            Math.multiplyExact(samples, base.numerator()), o.base.denominator());
            long right =
                    Math.multiplyExact(
                            Math.multiplyExact(o.samples, o.base.numerator()), base.denominator());
            return Long.compare(left, right);
        } catch (ArithmeticException overflow) {
            // fall through to the exact wide comparison
        }
        BigInteger left =
                BigInteger.valueOf(samples)
                        .multiply(BigInteger.valueOf(base.numerator()))
                        .multiply(BigInteger.valueOf(o.base.denominator()));
        BigInteger right =
                BigInteger.valueOf(o.samples)
                        .multiply(BigInteger.valueOf(o.base.numerator()))
                        .multiply(BigInteger.valueOf(base.denominator()));
        return left.compareTo(right);
    }

    /** True when both denote the same instant, whatever their bases. */
    public boolean sameInstant(TimeCode o) {
        return compareTo(o) == 0;
    }

    public static TimeCode min(TimeCode a, TimeCode b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static TimeCode max(TimeCode a, TimeCode b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** VidiCore's text form, e.g. {@code 250@25} or {@code 1001@30000:1001}. */
    public String toText() {
        if (this == NEGATIVE_INFINITY) {
            return "-INF";
        }
        if (this == POSITIVE_INFINITY) {
            return "+INF";
        }
        return samples + "@" + base.toText();
    }

    /** Equal when samples and base are both equal; see {@link #sameInstant} for the instant. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TimeCode t && t.samples == samples && t.base.equals(base);
    }

    @Override
    public int hashCode() {
        return Objects.hash(samples, base);
    }

    @Override
    public String toString() {
        return toText();
    }
}

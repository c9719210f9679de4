package org.seqdesk.timeline;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Builds exact times from the decimal numbers that JSON and XML files write. */
final class ExactTime {
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ExactTime() {}

    /**
     * A decimal as an exact fraction, never through floating point.
     *
     * @throws ArithmeticException when numerator or denominator would not fit a long
     */
    static Rational rational(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        BigInteger unscaled = v.unscaledValue();
        int scale = v.scale();
        if (scale <= 0) {
            BigInteger whole = unscaled.multiply(BigInteger.TEN.pow(-scale));
            return Rational.of(fitting(whole));
        }
        if (scale > 18) {
            throw new ArithmeticException("too many decimals: " + value.toPlainString());
        }
        return Rational.of(fitting(unscaled), BigInteger.TEN.pow(scale).longValueExact());
    }

    /**
     * {@code samples} (possibly fractional) counted at {@code base}, exactly: a fractional count
     * moves to a finer base, so 12.5 at 1/25 becomes 25 at 1/50.
     */
    static TimeCode of(Rational samples, TimeBase base) {
        if (samples.isInteger()) {
            return TimeCode.of(samples.numerator(), base);
        }
        Rational unit = base.seconds().dividedBy(Rational.of(samples.denominator()));
        TimeBase finer = new TimeBase(unit.numerator(), unit.denominator());
        Rational count = samples.times(base.seconds()).dividedBy(finer.seconds());
        return TimeCode.of(count.numerator(), finer);
    }

    /**
     * The simplest fraction within {@code tolerance} of {@code x} whose denominator is at most
     * {@code maxDenominator}, found by continued fractions; null when there is none. Used for
     * decimals that are a double's rendering of a fraction, e.g. 0.8545454551724138 for 47/55.
     */
    static Rational simplest(BigDecimal x, BigDecimal tolerance, long maxDenominator) {
        BigInteger h0 = BigInteger.ONE;
        BigInteger h1 = BigInteger.ZERO;
        BigInteger k0 = BigInteger.ZERO;
        BigInteger k1 = BigInteger.ONE;
        BigDecimal rest = x;
        for (int i = 0; i < 40; i++) {
            BigInteger a = rest.setScale(0, java.math.RoundingMode.FLOOR).toBigIntegerExact();
            BigInteger h2 = a.multiply(h0).add(h1);
            BigInteger k2 = a.multiply(k0).add(k1);
            if (k2.compareTo(BigInteger.valueOf(maxDenominator)) > 0) {
                return null;
            }
            BigDecimal approx =
                    new BigDecimal(h2).divide(new BigDecimal(k2), java.math.MathContext.DECIMAL128);
            if (approx.subtract(x).abs().compareTo(tolerance) <= 0) {
                return Rational.of(h2.longValueExact(), k2.longValueExact());
            }
            BigDecimal frac = rest.subtract(new BigDecimal(a));
            if (frac.signum() == 0) {
                return null;
            }
            rest = BigDecimal.ONE.divide(frac, java.math.MathContext.DECIMAL128);
            h1 = h0;
            h0 = h2;
            k1 = k0;
            k0 = k2;
        }
        return null;
    }

    private static long fitting(BigInteger value) {
        if (value.abs().compareTo(LONG_MAX) > 0) {
            throw new ArithmeticException("number out of range: " + value);
        }
        return value.longValue();
    }
}

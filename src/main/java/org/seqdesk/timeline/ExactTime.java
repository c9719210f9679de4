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

    private static long fitting(BigInteger value) {
        if (value.abs().compareTo(LONG_MAX) > 0) {
            throw new ArithmeticException("number out of range: " + value);
        }
        return value.longValue();
    }
}

package org.seqdesk.timeline;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact fraction with a positive denominator, always kept in lowest terms.
 *
 * <p>Used for speeds, frame rates and anything else that must never pass through floating point.
 * Arithmetic throws {@link ArithmeticException} rather than silently overflow.
 */
public final class Rational implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(0, 1);
    public static final Rational ONE = new Rational(1, 1);

    private final long numerator;
    private final long denominator;

    private Rational(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The fraction {@code numerator/denominator}, reduced. */
    public static Rational of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator < 0) {
            numerator = Math.negateExact(numerator);
            denominator = Math.negateExact(denominator);
        }
        long g = gcd(Math.abs(numerator), denominator);
        return new Rational(numerator / g, denominator / g);
    }

    public static Rational of(long whole) {
        return new Rational(whole, 1);
    }

    /**
     * Parses {@code 3/2}, {@code -7}, or a decimal such as {@code 47.6} or {@code -024.0} exactly
     * (the decimal digits become a power-of-ten denominator).
     */
    public static Rational parse(String text) {
        String s = text.trim();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return of(
                    Long.parseLong(s.substring(0, slash).trim()),
                    Long.parseLong(s.substring(slash + 1).trim()));
        }
        int dot = s.indexOf('.');
        if (dot < 0) {
            return of(Long.parseLong(s));
        }
        String digits = s.substring(dot + 1);
        long scale = 1;
        for (int i = 0; i < digits.length(); i++) {
            scale = Math.multiplyExact(scale, 10);
        }
        boolean negative = s.startsWith("-");
        String whole = s.substring(0, dot).replace("+", "").replace("-", "");
        long w = whole.isEmpty() ? 0 : Long.parseLong(whole);
        long f = digits.isEmpty() ? 0 : Long.parseLong(digits);
        long n = Math.addExact(Math.multiplyExact(w, scale), f);
        return of(negative ? -n : n, scale);
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    public long numerator() {
        return numerator;
    }

    public long denominator() {
        return denominator;
    }

    public Rational plus(Rational o) {
        long g = gcd(denominator, o.denominator);
        long d = Math.multiplyExact(denominator / g, o.denominator);
        long n =
                Math.addExact(
                        Math.multiplyExact(numerator, o.denominator / g),
                        Math.multiplyExact(o.numerator, denominator / g));
        return of(n, d);
    }

    public Rational minus(Rational o) {
        return plus(o.negate());
    }

    public Rational times(Rational o) {
        long g1 = gcd(Math.abs(numerator), o.denominator);
        long g2 = gcd(Math.abs(o.numerator), denominator);
        return of(
                Math.multiplyExact(numerator / g1, o.numerator / g2),
                Math.multiplyExact(denominator / g2, o.denominator / g1));
    }

    public Rational times(long factor) {
        return times(of(factor));
    }

    public Rational dividedBy(Rational o) {
        if (o.numerator == 0) {
            throw new ArithmeticException("division by zero");
        }
        return times(of(o.denominator, o.numerator));
    }

    public Rational negate() {
        return new Rational(Math.negateExact(numerator), denominator);
    }

    public Rational abs() {
        return numerator < 0 ? negate() : this;
    }

    public int signum() {
        return Long.signum(numerator);
    }

    public boolean isInteger() {
        return denominator == 1;
    }

    /** The largest integer not greater than this value. */
    public long floor() {
        return Math.floorDiv(numerator, denominator);
    }

    /** The nearest integer, halves rounded away from zero. */
    public long round() {
        long twice = Math.addExact(Math.multiplyExact(Math.abs(numerator), 2), denominator);
        long r = twice / Math.multiplyExact(denominator, 2);
        return numerator < 0 ? -r : r;
    }

    @Override
    public int compareTo(Rational o) {
        if (denominator == o.denominator) {
            return Long.compare(numerator, o.numerator);
        }
        BigInteger left = BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(o.denominator));
        BigInteger right =
                BigInteger.valueOf(o.numerator).multiply(BigInteger.valueOf(denominator));
        return left.compareTo(right);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && r.numerator == numerator && r.denominator == denominator;
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }
}

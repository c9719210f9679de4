package org.seqdesk.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How GETs are retried when the connection fails or the server answers 503/504: at most {@code
 * maxAttempts} tries in all, waiting {@code initialDelay}, then twice that, and so on up to {@code
 * maxDelay}. Calls that create jobs or change the server are never retried.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {
    /** Three tries, 250 ms then 500 ms apart. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(2));

    /** One try only. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 10: " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= initial <= max");
        }
    }

    /** The wait before try number {@code attempt + 1}, {@code attempt} counting from 1. */
    public Duration delayAfter(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration d = initialDelay.multipliedBy(factor);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}

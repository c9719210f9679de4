package org.seqdesk.sandbox.jobs;

import java.util.Locale;
import java.util.Optional;

/** VidiCore's job priorities, most urgent first. */
public enum JobPriority {
    IMMEDIATE,
    HIGHEST,
    HIGH,
    MEDIUM,
    LOW,
    LOWEST;

    public static Optional<JobPriority> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

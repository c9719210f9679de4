package org.seqdesk.jobs;

import java.util.Locale;

/** VidiCore job priorities, highest first; {@link #MEDIUM} is the server's default. */
public enum JobPriority {
    IMMEDIATE,
    HIGHEST,
    HIGH,
    MEDIUM,
    LOW,
    LOWEST;

    /** Parses a server priority, falling back to {@link #MEDIUM}. */
    public static JobPriority parse(String text) {
        if (text == null || text.isBlank()) {
            return MEDIUM;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return MEDIUM;
        }
    }
}

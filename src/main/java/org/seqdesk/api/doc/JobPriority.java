package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** VidiCore's job priorities, highest first; {@link #MEDIUM} is the server's default. */
public enum JobPriority {
    IMMEDIATE,
    HIGHEST,
    HIGH,
    MEDIUM,
    LOW,
    LOWEST;

    /** Reads a priority leniently; null for null or an unknown name. */
    @JsonCreator
    public static JobPriority parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim().toUpperCase(Locale.ROOT);
        for (JobPriority p : values()) {
            if (p.name().equals(s)) {
                return p;
            }
        }
        return null;
    }
}

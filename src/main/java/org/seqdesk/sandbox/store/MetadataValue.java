package org.seqdesk.sandbox.store;

import java.time.Instant;

/**
 * One metadata value on an item.
 *
 * @param start the start of the timespan in VidiCore's text form, {@code -INF} for generic
 * @param end the end of the timespan, {@code +INF} for generic
 * @param lang the value's language (VidiCore's {@code lang} attribute), or null
 */
public record MetadataValue(
        String field,
        String value,
        String start,
        String end,
        String uuid,
        String user,
        Instant changed,
        String lang) {
    public static final String GENERIC_START = "-INF";
    public static final String GENERIC_END = "+INF";

    /** A value without a language. */
    public MetadataValue(
            String field,
            String value,
            String start,
            String end,
            String uuid,
            String user,
            Instant changed) {
        this(field, value, start, end, uuid, user, changed, null);
    }

    public boolean isGeneric() {
        return GENERIC_START.equals(start) && GENERIC_END.equals(end);
    }
}

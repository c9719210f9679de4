package org.seqdesk.timeline;

import java.util.Objects;

/**
 * Something a reader found odd in a file, or something a writer could not carry into its format.
 *
 * @param location where: {@code line 12}, an element path such as {@code
 *     /xmeml/sequence/media/video/track[1]/clipitem[3]}, or a segment ({@code V1 #4})
 */
public record Problem(Severity severity, String location, String message) {
    /** How much it matters. */
    public enum Severity {
        /** Informational: kept, but worth knowing. */
        INFO,
        /** Something was approximated, dropped or guessed. */
        WARNING,
        /** Part of the input could not be used at all. */
        ERROR
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        location = location == null ? "" : location;
        Objects.requireNonNull(message, "message");
    }

    public static Problem warning(String location, String message) {
        return new Problem(Severity.WARNING, location, message);
    }

    public static Problem error(String location, String message) {
        return new Problem(Severity.ERROR, location, message);
    }

    public static Problem info(String location, String message) {
        return new Problem(Severity.INFO, location, message);
    }

    @Override
    public String toString() {
        return severity + (location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}

package org.seqdesk.timeline;

import java.util.Objects;

/**
 * A transition across a cut, occupying {@code in} to {@code out} on the timeline.
 *
 * @param name as the file names it ({@code Cross Dissolve}, {@code dissolve}, {@code wipe})
 * @param wipe SMPTE wipe code, or null for a dissolve
 */
public record Transition(String name, TimeCode in, TimeCode out, Integer wipe) {
    public Transition {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        name = name == null ? "" : name;
    }

    public TimeCode duration() {
        return out.minus(in);
    }

    public boolean isWipe() {
        return wipe != null;
    }
}

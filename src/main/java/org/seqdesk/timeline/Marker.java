package org.seqdesk.timeline;

import java.util.Objects;

/**
 * A marker on the sequence at {@code position}, lasting {@code duration} (zero for a point).
 *
 * @param color as the file names it, or empty
 */
public record Marker(
        String name, String comment, TimeCode position, TimeCode duration, String color) {
    public Marker {
        Objects.requireNonNull(position, "position");
        name = name == null ? "" : name;
        comment = comment == null ? "" : comment;
        color = color == null ? "" : color;
        duration = duration == null ? TimeCode.zero(position.base()) : duration;
    }
}

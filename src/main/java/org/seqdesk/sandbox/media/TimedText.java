package org.seqdesk.sandbox.media;

import java.util.Objects;
import org.seqdesk.timeline.Rational;

/**
 * Text shown over the picture from {@code start} to {@code end}, in seconds of the output: a
 * subtitle to burn in.
 */
public record TimedText(Rational start, Rational end, String text) {
    public TimedText {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        text = text == null ? "" : text;
        if (end.compareTo(start) <= 0) {
            throw new IllegalArgumentException("a subtitle must end after it starts");
        }
    }
}

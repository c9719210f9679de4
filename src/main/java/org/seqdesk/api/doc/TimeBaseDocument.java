package org.seqdesk.api.doc;

import org.seqdesk.timeline.TimeBase;

/** VidiCore's TimeBaseType: the duration of one sample as {@code numerator/denominator} s. */
public record TimeBaseDocument(long numerator, long denominator) {

    public static TimeBaseDocument of(TimeBase base) {
        return new TimeBaseDocument(base.numerator(), base.denominator());
    }

    /**
     * @throws IllegalArgumentException when either part is missing or not positive
     */
    public TimeBase toTimeBase() {
        return new TimeBase(numerator, denominator);
    }
}

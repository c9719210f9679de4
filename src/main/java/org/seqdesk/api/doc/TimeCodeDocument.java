package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;

/**
 * VidiCore's TimeCodeType: a whole number of samples in a time base. Without a time base the
 * samples count seconds, as in VidiCore's text form.
 */
@JsonPropertyOrder({"samples", "timeBase"})
public record TimeCodeDocument(long samples, TimeBaseDocument timeBase) {

    public static TimeCodeDocument of(TimeCode time) {
        if (time.isInfinite()) {
            throw new IllegalArgumentException("an infinite time has no samples: " + time);
        }
        return new TimeCodeDocument(time.samples(), TimeBaseDocument.of(time.base()));
    }

    public static TimeCodeDocument of(long samples, TimeBase base) {
        return new TimeCodeDocument(samples, TimeBaseDocument.of(base));
    }

    /** Null-tolerant: {@code null} for a missing time code. */
    public static TimeCodeDocument ofNullable(TimeCode time) {
        return time == null ? null : of(time);
    }

    public TimeCode toTimeCode() {
        return TimeCode.of(samples, timeBase == null ? TimeBase.SECONDS : timeBase.toTimeBase());
    }

    /** Null-tolerant: {@code null} for a missing time code. */
    public static TimeCode toTimeCode(TimeCodeDocument document) {
        return document == null ? null : document.toTimeCode();
    }
}

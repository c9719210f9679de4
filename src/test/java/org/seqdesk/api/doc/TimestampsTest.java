package org.seqdesk.api.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final OffsetDateTime NOON_UTC =
            OffsetDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void everyOffsetSpellingOfOneServerMeansTheSameInstant() {
        assertThat(Timestamps.parse("2026-12-04T12:00:00Z")).isEqualTo(NOON_UTC);
        assertThat(Timestamps.parse("2026-12-04T12:00:00+0000")).isEqualTo(NOON_UTC);
        assertThat(Timestamps.parse("2026-12-04T12:00:00.000+0000")).isEqualTo(NOON_UTC);
        assertThat(Timestamps.parse("2026-12-04T13:00:00+01:00").toInstant())
                .isEqualTo(NOON_UTC.toInstant());
        assertThat(Timestamps.parse("2026-12-04T13:00:00+01").toInstant())
                .isEqualTo(NOON_UTC.toInstant());
        assertThat(Timestamps.parse("2026-12-04T06:30:00-0530").toInstant())
                .isEqualTo(NOON_UTC.toInstant());
    }

    @Test
    void aTimestampWithoutOffsetIsTakenAsUtc() {
        assertThat(Timestamps.parse(" 2026-12-04T12:00:00 ")).isEqualTo(NOON_UTC);
    }

    @Test
    void textThatIsNoTimestampIsRefused() {
        assertThatThrownBy(() -> Timestamps.parse("yesterday"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("2026-12-04T12:00:00+01:00junk"))
                .isInstanceOf(DateTimeParseException.class);
    }
}

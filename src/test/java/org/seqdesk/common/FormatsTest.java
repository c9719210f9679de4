package org.seqdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;

class FormatsTest {
    private static final Formats EN = Formats.of(Locale.US);
    private static final Formats DE = Formats.of(Locale.GERMANY);
    private static final Instant EVENING = Instant.parse("2026-12-04T19:50:12Z");

    /** CLDR puts no-break spaces in some patterns; the tests read them as spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void datesAndTimesFollowTheLocale() {
        assertThat(plain(EN.dateTime(EVENING, ZoneOffset.UTC))).isEqualTo("Dec 4, 2026, 7:50 PM");
        assertThat(DE.dateTime(EVENING, ZoneOffset.UTC)).isEqualTo("04.12.2026, 19:50");
        assertThat(plain(EN.timeOfDay(EVENING, ZoneOffset.UTC))).isEqualTo("7:50:12 PM");
        assertThat(DE.timeOfDay(EVENING, ZoneOffset.UTC)).isEqualTo("19:50:12");
        assertThat(DE.date(LocalDate.of(2026, 3, 1))).isEqualTo("01.03.2026");
    }

    @Test
    void timesInTheReadersZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(DE.dateTime(EVENING, berlin)).isEqualTo("04.12.2026, 20:50");
    }

    @Test
    void todayShowsOnlyTheTimeOfDay() {
        Instant now = Instant.parse("2026-12-04T22:00:00Z");

        assertThat(DE.when(EVENING, now, ZoneOffset.UTC)).isEqualTo("19:50:12");
        assertThat(DE.when(EVENING, now.plus(Duration.ofDays(1)), ZoneOffset.UTC))
                .isEqualTo("04.12.2026, 19:50");
    }

    @Test
    void serverTimestampsAreShownLocallyAndOddTextStaysAsItIs() {
        assertThat(DE.timestamp("2026-12-04T19:50:12Z", ZoneOffset.UTC))
                .isEqualTo("04.12.2026, 19:50");
        assertThat(plain(EN.timestamp("2026-12-04T21:50:12+02:00", ZoneOffset.UTC)))
                .isEqualTo("Dec 4, 2026, 7:50 PM");
        assertThat(DE.timestamp("2026-12-01", ZoneOffset.UTC)).isEqualTo("01.12.2026");
        assertThat(DE.timestamp("last Tuesday", ZoneOffset.UTC)).isEqualTo("last Tuesday");
        assertThat(DE.timestamp("", ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void numbersUseTheLocalesSeparators() {
        assertThat(EN.integer(12345)).isEqualTo("12,345");
        assertThat(DE.integer(12345)).isEqualTo("12.345");
        assertThat(EN.decimal(29.97, 2)).isEqualTo("29.97");
        assertThat(DE.decimal(29.97, 2)).isEqualTo("29,97");
        assertThat(plain(EN.percent(0.425, 1))).isEqualTo("42.5%");
        assertThat(plain(DE.percent(0.425, 1))).isEqualTo("42,5 %");
    }

    @Test
    void frameRatesUseTheDecimalMarkButStayExact() {
        assertThat(EN.frameRate(FrameRate.FPS_29_97_DF)).isEqualTo("29.97");
        assertThat(DE.frameRate(FrameRate.FPS_29_97_NDF)).isEqualTo("29,97");
        assertThat(DE.frameRate(FrameRate.FPS_23_976)).isEqualTo("23,976");
        assertThat(DE.frameRate(FrameRate.FPS_25)).isEqualTo("25");
        assertThat(DE.frameRate(new FrameRate(Rational.of(120000, 1001), false)))
                .isEqualTo("119,88");
    }

    @Test
    void sizesUseDecimalUnits() {
        assertThat(EN.bytes(512)).isEqualTo("512 B");
        assertThat(EN.bytes(1_500_000)).isEqualTo("1.5 MB");
        assertThat(DE.bytes(1_500_000)).isEqualTo("1,5 MB");
        assertThat(DE.bytes(734_000_000_000L)).isEqualTo("734 GB");
    }

    @Test
    void durationsReadInTheLanguage() {
        assertThat(EN.duration(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(EN.duration(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(EN.duration(Duration.ofMinutes(62))).isEqualTo("1 h 02 min");
        assertThat(DE.duration(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(DE.duration(Duration.ofSeconds(185))).isEqualTo("3 Min. 05 s");
        assertThat(DE.duration(Duration.ofMinutes(62))).isEqualTo("1 Std. 02 Min.");
        assertThat(DE.duration(Duration.ofSeconds(-5))).isEqualTo("0 s");
    }

    @Test
    void mediaLengthsAreAClockInEveryLanguage() {
        assertThat(Formats.clock(3723)).isEqualTo("1:02:03");
        assertThat(Formats.clock(42)).isEqualTo("0:00:42");
        assertThat(Formats.clock(-1)).isEqualTo("0:00:00");
    }

    @Test
    void theCurrentFormatsFollowTheChosenLanguage() {
        Locale before = Messages.locale();
        try {
            Messages.use(Locale.GERMANY);
            assertThat(Formats.current().integer(1234)).isEqualTo("1.234");
            assertThat(Messages.get("format.duration.hours", 2, "05")).isEqualTo("2 Std. 05 Min.");
            Messages.use(Locale.ENGLISH);
            assertThat(Formats.current().integer(1234)).isEqualTo("1,234");
            assertThat(Messages.get("format.duration.hours", 2, "05")).isEqualTo("2 h 05 min");
        } finally {
            Messages.use(before);
        }
    }
}

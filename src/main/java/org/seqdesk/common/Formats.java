package org.seqdesk.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.seqdesk.timeline.FrameRate;

/**
 * Dates, times, numbers and durations as the chosen locale writes them: the one place the screens
 * get such text from. Timecodes never come through here: SMPTE {@code HH:MM:SS:FF} (and {@code ;}
 * for drop-frame) reads the same in every language, so they stay {@code TimeCode}'s own text.
 */
public final class Formats {
    private static final long KILO = 1000;
    private static final String[] UNITS = {"kB", "MB", "GB", "TB"};
    private static volatile Formats current;

    private final Locale locale;
    private final ResourceBundle texts;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter timeOfDay;

    private Formats(Locale locale) {
        this.locale = locale;
        this.texts = Messages.bundle(locale);
        this.dateTime =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.timeOfDay = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The formats of {@code locale}. */
    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    /** The formats of the language chosen at start ({@link Messages#locale()}). */
    public static Formats current() {
        Formats f = current;
        if (f == null || !f.locale.equals(Messages.locale())) {
            f = new Formats(Messages.locale());
            current = f;
        }
        return f;
    }

    public Locale locale() {
        return locale;
    }

    /** Date and time to the minute: "Dec 4, 2026, 7:50 PM", "04.12.2026, 19:50". */
    public String dateTime(Instant instant, ZoneId zone) {
        return dateTime.format(instant.atZone(zone));
    }

    /** A date alone: "Dec 4, 2026", "04.12.2026". */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** The time of day to the second: "7:50:12 PM", "19:50:12". */
    public String timeOfDay(Instant instant, ZoneId zone) {
        return timeOfDay.format(instant.atZone(zone));
    }

    /**
     * The time of day when {@code instant} is on the same day as {@code now}, else date and time.
     */
    public String when(Instant instant, Instant now, ZoneId zone) {
        boolean today = instant.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return today ? timeOfDay(instant, zone) : dateTime(instant, zone);
    }

    /**
     * A server timestamp (ISO 8601 with an offset, or a plain date) in the reader's zone; text that
     * is neither comes back unchanged.
     */
    public String timestamp(String iso, ZoneId zone) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return dateTime(OffsetDateTime.parse(iso).toInstant(), zone);
        } catch (DateTimeParseException notDateTime) {
            try {
                return date(LocalDate.parse(iso));
            } catch (DateTimeParseException notDate) {
                return iso;
            }
        }
    }

    /** A count with the locale's grouping: "12,345", "12.345". */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A number with exactly {@code digits} decimals: "29.97", "29,97". */
    public String decimal(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    /**
     * A frame rate's number, exact to three decimals as {@link FrameRate#label()} gives it, with
     * the locale's decimal mark: "29.97", "29,97", "25". The DF/NDF mode is said separately.
     */
    public String frameRate(FrameRate rate) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(3);
        f.setGroupingUsed(false);
        return f.format(BigDecimal.valueOf(rate.fps().times(1000).round(), 3));
    }

    /** A share as a percentage, {@code fraction} 0.425 to "42.5%" or "42,5 %". */
    public String percent(double fraction, int digits) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(fraction);
    }

    /** A size in decimal units: "512 B", "1.5 MB", "1,5 MB". */
    public String bytes(long size) {
        if (size < KILO) {
            return integer(Math.max(0, size)) + " B";
        }
        double value = size;
        int unit = -1;
        while (value >= KILO && unit < UNITS.length - 1) {
            value /= KILO;
            unit++;
        }
        return decimal(value, value < 10 ? 1 : 0) + " " + UNITS[unit];
    }

    /** A running time in words of the language: "42 s", "3 min 05 s", "1 h 02 min". */
    public String duration(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return text("format.duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return text("format.duration.minutes", seconds / 60, twoDigits(seconds % 60));
        }
        return text("format.duration.hours", seconds / 3600, twoDigits(seconds % 3600 / 60));
    }

    /**
     * A media length as a clock, {@code h:mm:ss} rounded down. Not a timecode (no frames), and the
     * same in every language.
     */
    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s / 3600 + ":" + twoDigits(s / 60 % 60) + ":" + twoDigits(s % 60);
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }

    private String text(String key, Object... args) {
        return Messages.get(texts, locale, key, args);
    }
}

package org.seqdesk.timeline;

import java.util.Objects;

/**
 * A video frame rate as an exact fraction of frames per second, and whether its SMPTE timecode is
 * drop-frame. 23.976 is 24000/1001, never the decimal.
 *
 * <p>Drop-frame timecode (29.97 and 59.94 only) skips the labels {@code :00} and {@code :01} (four
 * labels at 59.94) at the start of every minute except each tenth, so that the labels stay within a
 * frame or two of wall-clock time. Only labels are dropped, never frames.
 */
public record FrameRate(Rational fps, boolean dropFrame) {
    public static final FrameRate FPS_23_976 = new FrameRate(Rational.of(24000, 1001), false);
    public static final FrameRate FPS_24 = new FrameRate(Rational.of(24), false);
    public static final FrameRate FPS_25 = new FrameRate(Rational.of(25), false);
    public static final FrameRate FPS_29_97_DF = new FrameRate(Rational.of(30000, 1001), true);
    public static final FrameRate FPS_29_97_NDF = new FrameRate(Rational.of(30000, 1001), false);
    public static final FrameRate FPS_30 = new FrameRate(Rational.of(30), false);
    public static final FrameRate FPS_50 = new FrameRate(Rational.of(50), false);
    public static final FrameRate FPS_59_94_DF = new FrameRate(Rational.of(60000, 1001), true);
    public static final FrameRate FPS_59_94_NDF = new FrameRate(Rational.of(60000, 1001), false);
    public static final FrameRate FPS_60 = new FrameRate(Rational.of(60), false);

    public FrameRate {
        Objects.requireNonNull(fps, "fps");
        if (fps.signum() <= 0) {
            throw new IllegalArgumentException("a frame rate must be positive: " + fps);
        }
        if (dropFrame && !(fps.denominator() == 1001 && fps.numerator() % 30000 == 0)) {
            throw new IllegalArgumentException("drop-frame needs 29.97 or 59.94, not " + fps);
        }
    }

    /** The rate whose frames last one sample of {@code base}, non-drop-frame. */
    public static FrameRate of(TimeBase base) {
        return new FrameRate(base.rate(), false);
    }

    /**
     * The rate an editing file means by a whole "timebase" and an NTSC flag, as FCP 7 XML and EDLs
     * state it: 30 with NTSC is 30000/1001.
     */
    public static FrameRate ofNominal(int nominal, boolean ntsc, boolean dropFrame) {
        Rational fps = ntsc ? Rational.of(nominal * 1000L, 1001) : Rational.of(nominal);
        return new FrameRate(fps, dropFrame && ntsc && nominal % 30 == 0);
    }

    /** One frame as a time base. */
    public TimeBase timeBase() {
        return TimeBase.ofRate(fps);
    }

    /** The whole number of frame labels per second: 30 for 29.97, 24 for 23.976. */
    public int nominal() {
        long n = fps.numerator();
        long d = fps.denominator();
        return (int) ((n + d - 1) / d);
    }

    public boolean isNtsc() {
        return fps.denominator() == 1001;
    }

    private int droppedPerMinute() {
        return dropFrame ? nominal() / 15 : 0;
    }

    /** Formats a frame count from zero as {@code hh:mm:ss:ff} ({@code ;} before ff for DF). */
    public String format(long frame) {
        boolean negative = frame < 0;
        long f = Math.abs(frame);
        int nominal = nominal();
        int drop = droppedPerMinute();
        if (drop > 0) {
            long perMinute = nominal * 60L - drop;
            long perTenMinutes = nominal * 600L - 9L * drop;
            long tens = f / perTenMinutes;
            long rest = f % perTenMinutes;
            f += 9L * drop * tens;
            if (rest > drop) {
                f += drop * ((rest - drop) / perMinute);
            }
        }
        long ff = f % nominal;
        long totalSeconds = f / nominal;
        StringBuilder text = new StringBuilder(12);
        if (negative) {
            text.append('-');
        }
        twoDigits(text, totalSeconds / 3600).append(':');
        twoDigits(text, (totalSeconds / 60) % 60).append(':');
        twoDigits(text, totalSeconds % 60).append(dropFrame ? ';' : ':');
        return twoDigits(text, ff).toString();
    }

    private static StringBuilder twoDigits(StringBuilder b, long value) {
        if (value < 10) {
            b.append('0');
        }
        return b.append(value);
    }

    /** Formats a time as SMPTE timecode, rounded down to a whole frame. */
    public String format(TimeCode time) {
        return format(time.floorTo(timeBase()).samples());
    }

    /**
     * Parses {@code hh:mm:ss:ff} (any of {@code :;.,} as separators) into a frame count from zero.
     * Drop-frame counting follows this rate, not the separator.
     *
     * @throws IllegalArgumentException for a malformed text, a field out of range, or a label that
     *     drop-frame skips
     */
    public long parse(String timecode) {
        String s = timecode.trim();
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        String[] parts = s.split("[:;.,]");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a timecode: " + timecode);
        }
        long hh;
        long mm;
        long ss;
        long ff;
        try {
            hh = Long.parseLong(parts[0]);
            mm = Long.parseLong(parts[1]);
            ss = Long.parseLong(parts[2]);
            ff = Long.parseLong(parts[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a timecode: " + timecode, e);
        }
        int nominal = nominal();
        if (mm > 59 || ss > 59 || ff >= nominal || hh < 0 || mm < 0 || ss < 0 || ff < 0) {
            throw new IllegalArgumentException(
                    "timecode field out of range at " + this + ": " + timecode);
        }
        int drop = droppedPerMinute();
        if (drop > 0 && ss == 0 && ff < drop && mm % 10 != 0) {
            throw new IllegalArgumentException("drop-frame skips the label " + timecode);
        }
        long totalMinutes = hh * 60 + mm;
        long frames = (totalMinutes * 60 + ss) * nominal + ff;
        frames -= drop * (totalMinutes - totalMinutes / 10);
        return negative ? -frames : frames;
    }

    /** Parses a timecode into a time at this rate's base. */
    public TimeCode parseTime(String timecode) {
        return TimeCode.of(parse(timecode), timeBase());
    }

    /** A short label for people: {@code 29.97 DF}, {@code 25}, {@code 23.976}. */
    public String label() {
        String number;
        if (fps.isInteger()) {
            number = Long.toString(fps.numerator());
        } else {
            // three decimals, computed exactly from the fraction
            long thousandths = fps.times(1000).round();
            number =
                    String.format("%d.%03d", thousandths / 1000, thousandths % 1000)
                            .replaceAll("0+$", "");
        }
        if (!isNtsc()) {
            return number;
        }
        return number + (dropFrame ? " DF" : " NDF");
    }

    @Override
    public String toString() {
        return label();
    }
}

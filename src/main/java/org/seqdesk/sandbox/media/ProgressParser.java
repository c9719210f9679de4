package org.seqdesk.sandbox.media;

import java.util.function.LongConsumer;

/**
 * Reads ffmpeg's {@code -progress} report: blocks of {@code key=value} lines, each closed by a
 * {@code progress=continue} or {@code progress=end} line. Hands on the output time reached, in
 * microseconds, once per block.
 */
final class ProgressParser {
    private final LongConsumer onOutTime;
    private long outTimeMicros;
    private boolean ended;

    ProgressParser(LongConsumer onOutTime) {
        this.onOutTime = onOutTime;
    }

    void accept(String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return;
        }
        String key = line.substring(0, eq).trim();
        String value = line.substring(eq + 1).trim();
        if (key.equals("out_time_us")) {
            outTimeMicros = parse(value, outTimeMicros);
        } else if (key.equals("progress")) {
            ended |= value.equals("end");
            onOutTime.accept(outTimeMicros);
        }
    }

    /** Whether ffmpeg reported the end of its work. */
    boolean ended() {
        return ended;
    }

    private static long parse(String value, long fallback) {
        try {
            return Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException e) {
            // "N/A" before the first frame is written
            return fallback;
        }
    }
}

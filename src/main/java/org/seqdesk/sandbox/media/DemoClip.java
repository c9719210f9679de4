package org.seqdesk.sandbox.media;

import java.util.Objects;
import org.seqdesk.timeline.FrameRate;

/**
 * What {@link DemoMediaGenerator} makes: a moving test picture with a burnt-in label and timecode,
 * and tones.
 *
 * @param label a short title burnt into the picture; letters, digits, spaces and {@code .-_#()}
 *     only (anything else is dropped)
 * @param frames the length in frames of {@code rate}
 * @param toneHz the frequency of the first tone; a second stream is a fifth above
 */
public record DemoClip(
        String label,
        Pattern pattern,
        FrameRate rate,
        long frames,
        int width,
        int height,
        AudioLayout audio,
        int toneHz) {

    /** The picture. */
    public enum Pattern {
        /** A moving colour pattern (ffmpeg's testsrc2). */
        TEST_PATTERN,
        /** SMPTE colour bars. */
        COLOR_BARS
    }

    /** The sound. */
    public enum AudioLayout {
        NONE(0),
        /** One stereo stream. */
        STEREO(1),
        /** Two stereo streams, as a programme with a separate music-and-effects mix has. */
        TWO_STEREO(2);

        private final int streams;

        AudioLayout(int streams) {
            this.streams = streams;
        }

        public int streams() {
            return streams;
        }
    }

    public DemoClip {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(audio, "audio");
        label = label == null ? "" : label.replaceAll("[^A-Za-z0-9 ._#()-]", "");
        if (frames <= 0) {
            throw new IllegalArgumentException("a clip needs at least one frame: " + frames);
        }
        if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException(
                    "the size must be even and at least 16x16: " + width + "x" + height);
        }
        if (toneHz <= 0 || toneHz > 20000) {
            throw new IllegalArgumentException("the tone must be 1 to 20000 Hz: " + toneHz);
        }
    }

    /** A small clip (320x180) with a 440 Hz tone where it has sound. */
    public static DemoClip of(
            String label, Pattern pattern, FrameRate rate, long frames, AudioLayout audio) {
        return new DemoClip(label, pattern, rate, frames, 320, 180, audio, 440);
    }
}

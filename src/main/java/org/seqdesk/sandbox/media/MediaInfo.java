package org.seqdesk.sandbox.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;

/**
 * What a media file holds, with exact durations.
 *
 * @param container the format names ffprobe gives, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param video the first video stream, or null for audio only
 * @param audio the audio streams in file order
 */
public record MediaInfo(Path file, String container, VideoInfo video, List<AudioInfo> audio) {

    public MediaInfo {
        Objects.requireNonNull(file, "file");
        container = container == null ? "" : container;
        audio = audio == null ? List.of() : List.copyOf(audio);
    }

    public boolean hasVideo() {
        return video != null;
    }

    /** All audio channels counted across the streams, as a segment's {@code sourceTrack} does. */
    public int audioChannels() {
        return audio.stream().mapToInt(AudioInfo::channels).sum();
    }

    /** The longest of the streams, in seconds. */
    public Rational duration() {
        Rational longest = video == null ? Rational.ZERO : video.duration();
        for (AudioInfo a : audio) {
            if (a.duration().compareTo(longest) > 0) {
                longest = a.duration();
            }
        }
        return longest;
    }

    /**
     * A video stream.
     *
     * @param index the stream index in the file
     * @param rate frames per second, exact (30000/1001, never 29.97)
     */
    public record VideoInfo(
            int index, String codec, int width, int height, Rational rate, long frames) {

        /** Seconds: frames divided by the rate. */
        public Rational duration() {
            return Rational.of(frames).dividedBy(rate);
        }

        /** The rate as a non-drop-frame frame rate. */
        public FrameRate frameRate() {
            return new FrameRate(rate, false);
        }
    }

    /**
     * An audio stream.
     *
     * @param index the stream index in the file
     * @param samples samples per channel
     */
    public record AudioInfo(int index, String codec, int sampleRate, int channels, long samples) {

        /** Seconds: samples divided by the sample rate. */
        public Rational duration() {
            return Rational.of(samples, sampleRate);
        }
    }
}

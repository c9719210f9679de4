package org.seqdesk.sandbox.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.sandbox.media.DemoClip.AudioLayout;
import org.seqdesk.sandbox.media.DemoClip.Pattern;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;

class DemoMediaGeneratorTest {
    @TempDir Path dir;

    @Test
    void ntscClipWithTwoStereoStreamsHasExactRateFramesAndSamples() throws Exception {
        DemoClip clip =
                DemoClip.of(
                        "NTSC two",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_29_97_DF,
                        45,
                        AudioLayout.TWO_STEREO);

        MediaInfo info = generator().generate(clip, dir.resolve("ntsc.mp4"));

        assertThat(info.video().rate()).isEqualTo(Rational.of(30000, 1001));
        assertThat(info.video().frames()).isEqualTo(45);
        assertThat(info.video().width()).isEqualTo(320);
        assertThat(info.video().height()).isEqualTo(180);
        assertThat(info.audio()).hasSize(2);
        assertThat(info.audio()).allSatisfy(a -> assertThat(a.channels()).isEqualTo(2));
        // 45 frames at 30000/1001 are 1.5015 s, 72,072 samples at 48 kHz
        assertThat(info.audio()).allSatisfy(a -> assertThat(a.samples()).isEqualTo(72072));
        assertThat(info.audioChannels()).isEqualTo(4);
    }

    @Test
    void palClipWithOneStereoStreamLastsExactlyItsFrames() throws Exception {
        DemoClip clip =
                DemoClip.of("PAL", Pattern.COLOR_BARS, FrameRate.FPS_25, 30, AudioLayout.STEREO);

        MediaInfo info = generator().generate(clip, dir.resolve("pal.mov"));

        assertThat(info.container()).contains("mov");
        assertThat(info.video().rate()).isEqualTo(Rational.of(25));
        assertThat(info.video().frames()).isEqualTo(30);
        assertThat(info.video().duration()).isEqualTo(Rational.of(6, 5));
        assertThat(info.audio())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.samples()).isEqualTo(57600);
                            assertThat(a.sampleRate()).isEqualTo(48000);
                        });
    }

    @Test
    void filmRateClipWithoutSoundHasNoAudioStream() throws Exception {
        DemoClip clip =
                DemoClip.of(
                        "Film", Pattern.TEST_PATTERN, FrameRate.FPS_23_976, 24, AudioLayout.NONE);

        MediaInfo info = generator().generate(clip, dir.resolve("film.mp4"));

        assertThat(info.video().rate()).isEqualTo(Rational.of(24000, 1001));
        assertThat(info.video().frames()).isEqualTo(24);
        assertThat(info.audio()).isEmpty();
        assertThat(info.duration()).isEqualTo(Rational.of(1001, 1000));
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        DemoClip clip =
                DemoClip.of("Tidy", Pattern.COLOR_BARS, FrameRate.FPS_25, 5, AudioLayout.NONE);

        generator().generate(clip, dir.resolve("tidy.mp4"));

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("tidy.mp4"));
        }
    }

    @Test
    void refusesAnOutputFormatItCannotWrite() {
        DemoClip clip =
                DemoClip.of("Odd", Pattern.COLOR_BARS, FrameRate.FPS_25, 5, AudioLayout.NONE);

        assertThatThrownBy(() -> generator().generate(clip, dir.resolve("clip.avi")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".mp4");
    }

    private static DemoMediaGenerator generator() throws MediaException {
        return new DemoMediaGenerator(Ffmpeg.get());
    }
}

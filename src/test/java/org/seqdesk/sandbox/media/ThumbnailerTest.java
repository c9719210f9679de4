package org.seqdesk.sandbox.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.sandbox.media.DemoClip.AudioLayout;
import org.seqdesk.sandbox.media.DemoClip.Pattern;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;

class ThumbnailerTest {
    @TempDir static Path dir;
    static Path clip;

    @BeforeAll
    static void makeClip() throws Exception {
        clip = dir.resolve("clip.mp4");
        new DemoMediaGenerator(Ffmpeg.get())
                .generate(
                        DemoClip.of(
                                "Thumb",
                                Pattern.TEST_PATTERN,
                                FrameRate.FPS_25,
                                25,
                                AudioLayout.STEREO),
                        clip);
    }

    @Test
    void grabsASmallJpegOfTheFrameAtAGivenTime() throws Exception {
        byte[] jpeg = thumbnailer().jpeg(clip, TimeCode.of(12, TimeBase.PAL), 160);

        assertThat(jpeg.length).isGreaterThan(500);
        assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
        assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
    }

    @Test
    void writesPngWhenTheNameAsksAndGivesTheLastFramePastTheEnd() throws Exception {
        Path png = dir.resolve("late.png");

        thumbnailer().write(clip, TimeCode.of(100, TimeBase.SECONDS), 96, png);

        byte[] bytes = Files.readAllBytes(png);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PNG");
        // 96 wide keeps the 16:9 shape: 54 high
        assertThat(readPngHeight(bytes)).isEqualTo(54);
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path missing = dir.resolve("nowhere.mp4");

        assertThatThrownBy(() -> thumbnailer().jpeg(missing, TimeCode.zero(TimeBase.PAL), 64))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining("nowhere.mp4");
    }

    private static int readPngHeight(byte[] png) {
        return ((png[20] & 0xff) << 24)
                | ((png[21] & 0xff) << 16)
                | ((png[22] & 0xff) << 8)
                | (png[23] & 0xff);
    }

    private static Thumbnailer thumbnailer() throws MediaException {
        return new Thumbnailer(Ffmpeg.get());
    }
}

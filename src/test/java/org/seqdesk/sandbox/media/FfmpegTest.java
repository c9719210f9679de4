package org.seqdesk.sandbox.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class FfmpegTest {

    @Test
    void locatesTheBundledProgramsOnceAndReadsTheirVersion() throws Exception {
        Ffmpeg first = Ffmpeg.get();
        Ffmpeg second = Ffmpeg.get();

        assertThat(second).isSameAs(first);
        assertThat(Files.isExecutable(first.executable())).isTrue();
        assertThat(Files.isExecutable(first.probeExecutable())).isTrue();
        assertThat(first.version()).matches("\\d+\\.\\d+.*");
    }

    @Test
    void secondsAreExactDecimalsOrFlooredToTheMicrosecond() {
        assertThat(FfmpegArgs.seconds(org.seqdesk.timeline.Rational.of(1001, 1000)))
                .isEqualTo("1.001");
        assertThat(FfmpegArgs.seconds(org.seqdesk.timeline.Rational.of(1001, 30000)))
                .isEqualTo("0.033366");
        assertThat(FfmpegArgs.seconds(org.seqdesk.timeline.Rational.of(3))).isEqualTo("3");
    }
}

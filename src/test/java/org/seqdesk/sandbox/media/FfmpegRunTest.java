package org.seqdesk.sandbox.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FfmpegRunTest {

    @Test
    void aRunPastItsTimeLimitIsStoppedAndSaysSo() throws Exception {
        Ffmpeg ffmpeg = Ffmpeg.get();
        FfmpegRun run = new FfmpegRun(ffmpeg, "endless test", Duration.ofMillis(400));
        long started = System.nanoTime();

        assertThatThrownBy(
                        () ->
                                run.run(
                                        ffmpeg.command(
                                                "-hide_banner",
                                                "-nostdin",
                                                "-re",
                                                "-f",
                                                "lavfi",
                                                "-i",
                                                "color=s=16x16:r=5",
                                                "-f",
                                                "null",
                                                "-"),
                                        l -> {}))
                .isInstanceOf(FfmpegFailedException.class)
                .hasMessageContaining("endless test failed")
                .hasMessageContaining("time limit")
                .satisfies(e -> assertThat(((FfmpegFailedException) e).exitCode()).isEqualTo(-1));
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aNonzeroExitCarriesTheLastErrorLines() throws Exception {
        Ffmpeg ffmpeg = Ffmpeg.get();
        FfmpegRun run = new FfmpegRun(ffmpeg, "bad filter", Duration.ofSeconds(20));

        assertThatThrownBy(
                        () ->
                                run.run(
                                        ffmpeg.command(
                                                "-hide_banner",
                                                "-nostdin",
                                                "-f",
                                                "lavfi",
                                                "-i",
                                                "nosuchsource",
                                                "-f",
                                                "null",
                                                "-"),
                                        l -> {}))
                .isInstanceOf(FfmpegFailedException.class)
                .satisfies(
                        e -> {
                            FfmpegFailedException f = (FfmpegFailedException) e;
                            assertThat(f.exitCode()).isNotZero();
                            assertThat(f.errorTail()).isNotEmpty().hasSizeLessThanOrEqualTo(12);
                            assertThat(f.getMessage()).contains("nosuchsource");
                        });
    }

    @Test
    void standardOutputArrivesLineByLine() throws Exception {
        Ffmpeg ffmpeg = Ffmpeg.get();
        List<String> lines = new ArrayList<>();

        new FfmpegRun(ffmpeg, "progress", Duration.ofSeconds(20))
                .run(
                        ffmpeg.command(
                                "-hide_banner",
                                "-nostdin",
                                "-nostats",
                                "-progress",
                                "pipe:1",
                                "-f",
                                "lavfi",
                                "-i",
                                "color=s=16x16:r=25:d=1",
                                "-f",
                                "null",
                                "-"),
                        lines::add);

        assertThat(lines).contains("progress=end").anyMatch(l -> l.startsWith("out_time_us="));
    }

    @Test
    void progressBlocksReportTheirOutputTime() {
        List<Long> times = new ArrayList<>();
        ProgressParser parser = new ProgressParser(times::add);

        for (String line :
                List.of(
                        "frame=0",
                        "out_time_us=N/A",
                        "progress=continue",
                        "frame=12",
                        "out_time_us=480000",
                        "progress=continue",
                        "out_time_us=1000000",
                        "progress=end")) {
            parser.accept(line);
        }

        assertThat(times).containsExactly(0L, 480000L, 1000000L);
        assertThat(parser.ended()).isTrue();
    }
}

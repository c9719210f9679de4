package org.seqdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.sandbox.media.DemoClip;
import org.seqdesk.sandbox.media.DemoClip.AudioLayout;
import org.seqdesk.sandbox.media.DemoClip.Pattern;
import org.seqdesk.sandbox.media.DemoMediaGenerator;
import org.seqdesk.sandbox.media.Ffmpeg;
import org.seqdesk.sandbox.media.MediaInfo;
import org.seqdesk.sandbox.media.OutputPreset;
import org.seqdesk.sandbox.media.RenderClip;
import org.seqdesk.sandbox.media.RenderEdit;
import org.seqdesk.sandbox.media.RenderTrack;
import org.seqdesk.sandbox.media.SequenceRenderer;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the render of a 1,200-segment edit (the sandbox's largest demo sequence) at 320x180: {@code
 * ./mvnw -B test -Dtest=LongSequenceRenderBench -Dtest.excludedGroups=none}.
 */
@Tag("bench")
class LongSequenceRenderBench {
    private static final Logger LOG = LoggerFactory.getLogger(LongSequenceRenderBench.class);
    private static final int SEGMENTS = 1200;

    @TempDir Path dir;

    @Test
    void rendersTwelveHundredSegmentsToTheirExactLength() throws Exception {
        DemoMediaGenerator gen = new DemoMediaGenerator(Ffmpeg.get());
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path p = dir.resolve("src" + i + ".mp4");
            gen.generate(
                    DemoClip.of(
                            "Source " + i,
                            Pattern.TEST_PATTERN,
                            FrameRate.FPS_25,
                            250,
                            AudioLayout.STEREO),
                    p);
            sources.add(p);
        }
        List<RenderClip> video = new ArrayList<>();
        List<RenderClip> audio = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < SEGMENTS; i++) {
            long length = 2 + i % 4;
            Path src = sources.get(i % 3);
            TimeCode in = f(at);
            TimeCode out = f(at + length);
            TimeCode from = f((i * 37L) % 200);
            video.add(RenderClip.video(src, in, out, from));
            audio.add(new RenderClip(src, in, out, from, 0));
            at += length;
        }
        RenderEdit edit =
                new RenderEdit(
                        FrameRate.FPS_25,
                        List.of(RenderTrack.of(video)),
                        List.of(RenderTrack.of(audio)));
        OutputPreset preset =
                new OutputPreset("h264-preview", "mp4", "h264", 400_000, "aac", 96_000, 320, 180);

        long started = System.nanoTime();
        MediaInfo info =
                new SequenceRenderer(Ffmpeg.get())
                        .render(edit, preset, dir.resolve("long.mp4"), p -> {});
        long millis = (System.nanoTime() - started) / 1_000_000;

        LOG.info("{} segments, {} frames rendered in {} ms", SEGMENTS, at, millis);
        assertThat(info.video().frames()).isEqualTo(at);
    }

    private static TimeCode f(long frames) {
        return TimeCode.of(frames, TimeBase.PAL);
    }
}

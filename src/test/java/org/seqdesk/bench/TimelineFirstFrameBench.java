package org.seqdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.sequences.SampleSequences;
import org.seqdesk.sequences.TimelineBench;
import org.seqdesk.sequences.TimelineView;
import org.seqdesk.sequences.TimelineViewModel;
import org.seqdesk.timeline.ReadResult;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Time from a 10,000-segment vidispine document in hand to its first drawn frame: parse, lay out,
 * draw, and render (a snapshot forces the render, so the figure is an upper bound). Target: 500 ms.
 * Run with {@code ./mvnw -B -q test -Dtest=TimelineFirstFrameBench -Dtest.excludedGroups=
 * -Dsurefire.failIfNoSpecifiedTests=false}; results are logged.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class TimelineFirstFrameBench {
    private static final Logger LOG = LoggerFactory.getLogger(TimelineFirstFrameBench.class);
    private static final int SEGMENTS = 10_000;
    private static final int RUNS = 7;

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView(new TimelineViewModel(ItemPreviews.none()), ItemPreviews.none());
        stage.setScene(new Scene(view, 1200, 500));
        stage.show();
    }

    @Test
    void tenThousandSegmentsDrawTheirFirstFrame(FxRobot robot) {
        byte[] document =
                SequenceFormats.writer(SequenceFormat.VIDISPINE)
                        .orElseThrow()
                        .write(SampleSequences.large(SEGMENTS))
                        .content();
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < RUNS + 2; run++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            ReadResult read =
                    SequenceFormats.reader(SequenceFormat.VIDISPINE).read(document, "bench");
            long parsed = System.nanoTime();
            long parseCpu = threads.getCurrentThreadCpuTime() - cpuStarted;
            long[][] steps = new long[1][];
            robot.interact(
                    () ->
                            steps[0] =
                                    TimelineBench.showAndRender(
                                            view, read.sequence().orElseThrow()));
            LOG.info(
                    "steps (show, css+layout, draw, render, FX thread CPU) ns: {}",
                    java.util.Arrays.toString(steps[0]));
            long drawn = System.nanoTime();
            assertThat(view.model().segmentCount()).isEqualTo(SEGMENTS);
            if (run >= 2) {
                millis.add((drawn - started) / 1_000_000);
                cpuMillis.add((parseCpu + steps[0][4]) / 1_000_000);
            }
            LOG.info(
                    "run {}: parse {} ms, lay out + draw + render {} ms",
                    run,
                    (parsed - started) / 1_000_000,
                    (drawn - parsed) / 1_000_000);
            robot.interact(() -> view.model().setSequence(null));
        }
        Collections.sort(millis);
        Collections.sort(cpuMillis);
        LOG.info(
                "{} segments ({} bytes): first frame median {} ms, worst {} ms over {} runs;"
                        + " CPU time (parse + show + render) median {} ms, best {} ms",
                SEGMENTS,
                document.length,
                millis.get(millis.size() / 2),
                millis.get(millis.size() - 1),
                millis.size(),
                cpuMillis.get(cpuMillis.size() / 2),
                cpuMillis.get(0));
    }
}

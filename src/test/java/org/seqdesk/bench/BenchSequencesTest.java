package org.seqdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seqdesk.timeline.EdlReader;
import org.seqdesk.timeline.EdlWriter;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.OtioReader;
import org.seqdesk.timeline.OtioWriter;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.VidispineFormat;

/** The benchmark's sequence reads back from every format it is written in. */
class BenchSequencesTest {
    @Test
    void benchmarkSequenceHasItsSizeAndSurvivesEveryFormat() {
        assertThat(BenchSequences.large(10_000, 8).segmentCount()).isEqualTo(10_000);
        // the formats are checked on a fifth of it, to keep the suite quick
        Sequence s = BenchSequences.large(2_000, 8);

        assertThat(s.tracks()).hasSize(8);
        assertThat(
                        VidispineFormat.readXml(VidispineFormat.writeXml(s).content(), "")
                                .sequence()
                                .orElseThrow()
                                .tracks())
                .isEqualTo(
                        VidispineFormat.readJson(VidispineFormat.writeJson(s).content(), "")
                                .sequence()
                                .orElseThrow()
                                .tracks());
        assertThat(
                        new OtioReader()
                                .read(new OtioWriter().write(s).content(), "")
                                .sequence()
                                .orElseThrow()
                                .tracks())
                .isEqualTo(s.tracks());
        assertThat(
                        new EdlReader(FrameRate.FPS_25)
                                .read(new EdlWriter().write(s).content(), "")
                                .sequence()
                                .orElseThrow()
                                .segmentCount())
                .isEqualTo(2_000 - 250);
    }
}

package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seqdesk.bench.FinalCutBenchSequence;

/** The benchmark's sequence survives both formats, so the benchmark measures real work. */
class FinalCutLargeSequenceTest {

    @Test
    void tenThousandSegmentsSurviveBothFormats() {
        Sequence big = FinalCutBenchSequence.build(10_000, 8);

        WriteResult fcp7 = new FinalCutXmlWriter().write(big);
        WriteResult fcpx = new FinalCutXWriter().write(big);
        ReadResult fromFcp7 = new FinalCutXmlReader().read(fcp7.content(), "big.xml");
        ReadResult fromFcpx = new FinalCutXReader().read(fcpx.content(), "big.fcpxml");

        assertThat(fcp7.losses()).isEmpty();
        assertThat(fcpx.losses()).isEmpty();
        assertThat(fromFcp7.problems()).isEmpty();
        assertThat(fromFcpx.problems()).isEmpty();
        assertThat(differingSegments(big, fromFcp7.sequence().orElseThrow())).isZero();
        assertThat(differingSegments(big, fromFcpx.sequence().orElseThrow())).isZero();
    }

    /** How many segments differ in place, range or speed; one assertion keeps the test quick. */
    private static int differingSegments(Sequence expected, Sequence actual) {
        int differing = 0;
        for (int t = 0; t < expected.tracks().size(); t++) {
            List<Segment> e = expected.tracks().get(t).segments();
            List<Segment> a = actual.tracks().get(t).segments();
            if (e.size() != a.size()) {
                return Integer.MAX_VALUE;
            }
            for (int i = 0; i < e.size(); i++) {
                differing += same(e.get(i), a.get(i)) ? 0 : 1;
            }
        }
        return differing;
    }

    private static boolean same(Segment e, Segment a) {
        return e.item().equals(a.item())
                && e.speed().equals(a.speed())
                && e.sourceTrack() == a.sourceTrack()
                && e.timelineIn().sameInstant(a.timelineIn())
                && e.timelineOut().sameInstant(a.timelineOut())
                && e.sourceIn().sameInstant(a.sourceIn())
                && e.sourceOut().sameInstant(a.sourceOut());
    }
}

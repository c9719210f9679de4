package org.seqdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.ReadResult;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;

/** An exported EDL, which states no frame rate, reads back at the sequence's own rate. */
class ReadBackRateTest {

    static List<FrameRate> rates() {
        return List.of(FrameRate.FPS_25, FrameRate.FPS_29_97_DF, FrameRate.FPS_23_976);
    }

    private static Sequence sequenceAt(FrameRate rate) {
        TimeBase base = rate.timeBase();
        List<Segment> cuts =
                List.of(
                        Segment.cut(
                                "VX-1",
                                1,
                                TimeCode.of(0, base),
                                TimeCode.of(1_837, base),
                                TimeCode.of(107_892, base),
                                TimeCode.of(109_729, base)),
                        Segment.cut(
                                "VX-2",
                                1,
                                TimeCode.of(1_837, base),
                                TimeCode.of(20_011, base),
                                TimeCode.of(3, base),
                                TimeCode.of(18_177, base)));
        return new Sequence(
                "VX-9",
                "Cut",
                rate,
                null,
                List.of(Track.of(TrackKind.VIDEO, cuts), Track.of(TrackKind.AUDIO, cuts)),
                null,
                null);
    }

    @ParameterizedTest
    @MethodSource("rates")
    void exportedEdlReadsBackEqualAtTheSequenceRate(FrameRate rate) {
        Sequence sequence = sequenceAt(rate);
        byte[] edl =
                SequenceFormats.writer(SequenceFormat.EDL).orElseThrow().write(sequence).content();

        ReadResult read = ReadBackCheck.reader(SequenceFormat.EDL, sequence).read(edl, "cut.edl");

        assertThat(read.sequence()).as(read.problems().toString()).isPresent();
        assertThat(read.sequence().get().rate()).isEqualTo(rate);
        assertThat(ReadBackCheck.differences(sequence, read.sequence().get())).isEmpty();
    }
}

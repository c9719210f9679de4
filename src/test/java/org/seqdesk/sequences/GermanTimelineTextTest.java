package org.seqdesk.sequences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seqdesk.common.Messages;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;

/** In German the words and numbers change; timecodes read exactly as in English. */
class GermanTimelineTextTest {
    private Locale before;

    @BeforeEach
    void german() {
        before = Messages.locale();
        Messages.use(Locale.GERMANY);
    }

    @AfterEach
    void back() {
        Messages.use(before);
    }

    @Test
    void theRateUsesTheGermanDecimalMarkAndWords() {
        assertThat(SegmentText.rateLabel(FrameRate.FPS_29_97_DF))
                .isEqualTo("29,97 fps, Drop-Frame-Timecode (DF)");
        assertThat(SegmentText.rateLabel(FrameRate.FPS_25))
                .isEqualTo("25 fps, Non-Drop-Frame-Timecode (NDF)");
    }

    @Test
    void timecodesKeepTheirSmpteFormInGerman() {
        TimelineLayout layout = TimelineLayout.of(SampleSequences.marked());

        assertThat(SegmentText.summary(layout))
                .startsWith("6 Segmente auf 1 Videospur und 1 Audiospur, L\u00e4nge 00:00:08:00.")
                .contains("L\u00fccken: 2");
        assertThat(SegmentText.source(TimeCode.of(1800, TimeBase.NTSC), FrameRate.FPS_29_97_DF))
                .isEqualTo("00:01:00;02");
        assertThat(SegmentText.line(layout, new TimelineLayout.Ref(0, 0), Function.identity()))
                .isEqualTo("V1 1 von 4: VX-1, 01:00:00:00 bis 01:00:02:00");
    }
}

package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameRateTest {

    @Test
    void dropFrameSkipsTwoLabelsAtEachMinuteButTheTenth() {
        FrameRate df = FrameRate.FPS_29_97_DF;
        assertThat(df.format(1799)).isEqualTo("00:00:59;29");
        assertThat(df.format(1800)).isEqualTo("00:01:00;02");
        assertThat(df.format(17982)).isEqualTo("00:10:00;00");
        assertThat(df.parse("00:01:00;02")).isEqualTo(1800);
        assertThat(df.parse("01:00:00;00")).isEqualTo(107892);
    }

    @Test
    void dropFrameAtFiftyNineNineFourSkipsFourLabels() {
        FrameRate df = FrameRate.FPS_59_94_DF;
        assertThat(df.format(3599)).isEqualTo("00:00:59;59");
        assertThat(df.format(3600)).isEqualTo("00:01:00;04");
        assertThat(df.parse("01:00:00;00")).isEqualTo(215784);
    }

    @Test
    void everyDropFrameLabelRoundTripsOverTwoHours() {
        for (FrameRate rate : new FrameRate[] {FrameRate.FPS_29_97_DF, FrameRate.FPS_59_94_DF}) {
            for (long f = 0; f < 2 * 3600 * 60; f += 7) {
                assertThat(rate.parse(rate.format(f))).isEqualTo(f);
            }
        }
    }

    @Test
    void aSkippedLabelIsRefused() {
        assertThatThrownBy(() -> FrameRate.FPS_29_97_DF.parse("00:01:00;00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonDropFrameCountsEveryLabel() {
        assertThat(FrameRate.FPS_23_976.format(86400)).isEqualTo("01:00:00:00");
        assertThat(FrameRate.FPS_25.parse("10:00:00:00")).isEqualTo(900000);
        assertThat(FrameRate.FPS_29_97_NDF.parse("00:01:00:00")).isEqualTo(1800);
    }

    @Test
    void labelsShowTheExactRate() {
        assertThat(FrameRate.FPS_23_976.label()).isEqualTo("23.976 NDF");
        assertThat(FrameRate.FPS_29_97_DF.label()).isEqualTo("29.97 DF");
        assertThat(FrameRate.FPS_25.label()).isEqualTo("25");
    }
}

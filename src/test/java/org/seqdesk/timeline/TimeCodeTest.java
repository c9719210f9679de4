package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeCodeTest {

    @Test
    void parsesVidiCoreTextForms() {
        assertThat(TimeCode.parse("250@PAL")).isEqualTo(TimeCode.of(250, TimeBase.PAL));
        assertThat(TimeCode.parse("1001@30000:1001").base()).isEqualTo(TimeBase.NTSC);
        assertThat(TimeCode.parse("12")).isEqualTo(TimeCode.of(12, TimeBase.SECONDS));
        assertThat(TimeCode.parse("-INF")).isSameAs(TimeCode.NEGATIVE_INFINITY);
        assertThat(TimeCode.parse("+INF")).isSameAs(TimeCode.POSITIVE_INFINITY);
        assertThat(TimeCode.of(1001, TimeBase.NTSC).toText()).isEqualTo("1001@30000:1001");
    }

    @Test
    void comparesAcrossBasesExactly() {
        TimeCode tenSecondsPal = TimeCode.of(250, TimeBase.PAL);
        TimeCode tenSecondsAudio = TimeCode.of(480000, TimeBase.AUDIO_48K);
        assertThat(tenSecondsPal.sameInstant(tenSecondsAudio)).isTrue();
        // 300 NTSC frames last 10.01 s: later than 10 s, by exactly 480 audio samples
        TimeCode ntsc = TimeCode.of(300, TimeBase.NTSC);
        assertThat(ntsc.compareTo(tenSecondsPal)).isPositive();
        assertThat(ntsc.minus(tenSecondsAudio).sameInstant(TimeCode.of(480, TimeBase.AUDIO_48K)))
                .isTrue();
    }

    @Test
    void addsInTheCommonBaseWhenNoSideHoldsTheSum() {
        TimeCode sum = TimeCode.of(1, TimeBase.PAL).plus(TimeCode.of(1, TimeBase.NTSC));
        assertThat(sum.seconds()).isEqualTo(Rational.of(1, 25).plus(Rational.of(1001, 30000)));
        assertThat(TimeBase.PAL.common(TimeBase.NTSC)).isEqualTo(new TimeBase(1, 30000));
    }

    @Test
    void infinitiesBoundEverything() {
        assertThat(TimeCode.NEGATIVE_INFINITY.compareTo(TimeCode.of(-5, TimeBase.PAL)))
                .isNegative();
        assertThat(TimeCode.POSITIVE_INFINITY.compareTo(TimeCode.of(5, TimeBase.PAL))).isPositive();
    }

    @Test
    void decimalSpeedsParseExactly() {
        assertThat(Rational.parse("047.6")).isEqualTo(Rational.of(238, 5));
        assertThat(Rational.parse("-024.0")).isEqualTo(Rational.of(-24));
        assertThat(Rational.parse("0.25")).isEqualTo(Rational.of(1, 4));
    }
}

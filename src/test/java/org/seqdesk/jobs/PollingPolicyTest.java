package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollingPolicyTest {
    private final PollingPolicy policy = PollingPolicy.standard();
    private final Instant now = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void pollsEverySecondWhileRunningJobsChange() {
        assertThat(policy.nextDelay(true, 0, now, now.minusSeconds(3)))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void pollsEveryTwoSecondsWhileJobsRunWithoutChange() {
        assertThat(policy.nextDelay(true, 0, now, now.minusSeconds(60)))
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void slowsDownWhenNothingRunsAndMoreSoOverTime() {
        assertThat(policy.nextDelay(false, 0, now, now.minusSeconds(5)))
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.nextDelay(false, 0, now, now.minusSeconds(600)))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.nextDelay(false, 0, now, null)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void backsOffExponentiallyOnServerErrorsUpToAMinute() {
        assertThat(policy.nextDelay(true, 1, now, now)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.nextDelay(true, 2, now, now)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.nextDelay(true, 3, now, now)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.nextDelay(false, 6, now, now)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.nextDelay(false, 40, now, now)).isEqualTo(Duration.ofSeconds(60));
    }
}

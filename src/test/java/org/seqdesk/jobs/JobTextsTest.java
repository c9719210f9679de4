package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;

class JobTextsTest {

    private static JobSnapshot failed(String error) {
        return new JobSnapshot(
                "VX-1",
                "CONFORM",
                "admin",
                JobState.FAILED_TOTAL,
                JobPriority.MEDIUM,
                null,
                null,
                0,
                0,
                null,
                -1,
                Map.of("errorMessage", error),
                null);
    }

    @Test
    void aLongServerErrorIsQuotedByItsFirstLineAndKeptWholeForTheTooltip() {
        String ffmpeg = "rendering a.mp4 failed (exit 234): " + "x".repeat(300) + "\nmore\nlines";

        String shortReason = JobTexts.reason(failed(ffmpeg));
        String full = JobTexts.fullReason(failed(ffmpeg));

        assertThat(shortReason)
                .startsWith("The server reports: rendering a.mp4 failed")
                .endsWith("\u2026");
        assertThat(shortReason.length()).isLessThan(200);
        assertThat(full).contains("more\nlines");
    }

    @Test
    void notificationsWrapLongTextIntoShortLines() {
        String wrapped = JobTexts.wrap("one two three four five six seven eight nine ten", 15);

        assertThat(wrapped.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(15));
        assertThat(wrapped.replace('\n', ' '))
                .isEqualTo("one two three four five six seven eight nine ten");
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertThat(JobTexts.duration(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(JobTexts.duration(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(JobTexts.duration(Duration.ofMinutes(62))).isEqualTo("1 h 02 min");
    }

    @Test
    void todaysTimesShowWithoutADate() {
        Instant now = Instant.parse("2026-12-04T17:00:00Z");

        String today = JobTexts.time(Instant.parse("2026-12-04T09:05:00Z"), now, ZoneOffset.UTC);
        String earlier = JobTexts.time(Instant.parse("2026-11-30T09:05:00Z"), now, ZoneOffset.UTC);

        assertThat(today).contains("9:05").doesNotContain("26");
        assertThat(earlier).contains("9:05").contains("26");
    }

    @Test
    void aQueuedJobHasNoRunTimeAndAnEstimateNeedsProgress() {
        Instant created = Instant.parse("2026-12-04T17:00:00Z");
        JobSnapshot queued =
                new JobSnapshot(
                        "VX-1",
                        "CONFORM",
                        null,
                        JobState.READY,
                        null,
                        created,
                        null,
                        0,
                        0,
                        null,
                        -1,
                        Map.of(),
                        null);
        JobSnapshot half =
                new JobSnapshot(
                        "VX-1",
                        "CONFORM",
                        null,
                        JobState.STARTED,
                        null,
                        created,
                        null,
                        2,
                        3,
                        null,
                        5000,
                        Map.of(),
                        null);
        Instant now = created.plusSeconds(40);

        assertThat(JobTimes.elapsed(queued, now)).isEmpty();
        assertThat(JobTimes.remaining(half, now)).contains(Duration.ofSeconds(40));
        assertThat(JobTimes.elapsed(half, now)).contains(Duration.ofSeconds(40));
    }
}

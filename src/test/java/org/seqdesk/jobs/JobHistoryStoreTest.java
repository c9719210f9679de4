package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;

class JobHistoryStoreTest {
    private static final String SERVER = "http://127.0.0.1:8080/API";

    @TempDir Path dir;

    private static JobRecord pending(String request, Instant at) {
        return new JobRecord(
                request,
                SERVER,
                null,
                "VX-1",
                "vidispine",
                "Trailer",
                List.of("lowres"),
                JobPriority.MEDIUM,
                at,
                JobState.UNKNOWN,
                null,
                null,
                null,
                null);
    }

    @Test
    void aRecordWrittenBeforeSubmitSurvivesANewStoreOnTheSameFile() throws Exception {
        Path file = dir.resolve("job-history.json");
        JobHistoryStore store = new JobHistoryStore(file);
        store.put(pending("r1", Instant.parse("2026-12-04T10:00:00Z")));

        JobHistoryStore reopened = new JobHistoryStore(file);

        assertThat(reopened.forServer(SERVER))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.isPending()).isTrue();
                            assertThat(r.title()).isEqualTo("Trailer");
                            assertThat(r.tags()).containsExactly("lowres");
                        });
    }

    @Test
    void keepsTheServersAnswerAndFinalStateAcrossRestarts() throws Exception {
        Path file = dir.resolve("job-history.json");
        JobHistoryStore store = new JobHistoryStore(file);
        JobRecord record = pending("r1", Instant.parse("2026-12-04T10:00:00Z"));
        store.put(record);
        store.put(record.withJob("VX-7", JobState.READY));
        store.put(store.byRequest("r1").orElseThrow().withJob("VX-7", JobState.FAILED_TOTAL));

        JobRecord back = new JobHistoryStore(file).byJob(SERVER, "VX-7").orElseThrow();

        assertThat(back.state()).isEqualTo(JobState.FAILED_TOTAL);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void listsOnlyTheGivenServersRendersNewestFirst() throws Exception {
        JobHistoryStore store = new JobHistoryStore(dir.resolve("h.json"));
        store.put(pending("old", Instant.parse("2026-12-04T10:00:00Z")));
        store.put(pending("new", Instant.parse("2026-12-04T11:00:00Z")));
        JobRecord elsewhere =
                new JobRecord(
                        "x",
                        "http://other/API",
                        "VX-1",
                        null,
                        null,
                        "x",
                        List.of(),
                        JobPriority.LOW,
                        Instant.now(),
                        JobState.READY,
                        null,
                        null,
                        null,
                        null);
        store.put(elsewhere);

        assertThat(store.forServer(SERVER))
                .extracting(JobRecord::requestId)
                .containsExactly("new", "old");
    }

    @Test
    void anUnreadableFileIsSetAsideInsteadOfLosingNewRecords() throws Exception {
        Path file = dir.resolve("job-history.json");
        Files.writeString(file, "{not json");

        JobHistoryStore store = new JobHistoryStore(file);
        store.put(pending("r1", Instant.now()));

        assertThat(dir.resolve("job-history.json.unreadable")).exists();
        assertThat(new JobHistoryStore(file).forServer(SERVER)).hasSize(1);
    }
}

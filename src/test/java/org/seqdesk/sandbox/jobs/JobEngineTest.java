package org.seqdesk.sandbox.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.sandbox.store.Database;

class JobEngineTest {
    @TempDir Path dir;
    private Database db;
    private JobEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private JobStore open(int maxRunning, JobWorker worker) {
        db = Database.open(dir);
        JobStore store = new JobStore(db);
        engine = new JobEngine(store, maxRunning);
        engine.register("TEST", worker);
        return store;
    }

    private JobState waitFor(JobStore store, long id, JobState... states)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JobState s = store.find(id).orElseThrow().status();
            if (List.of(states).contains(s)) {
                return s;
            }
            Thread.sleep(20);
        }
        return store.find(id).orElseThrow().status();
    }

    @Test
    void higherPriorityStartsFirstAndTheLimitHolds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> order = new CopyOnWriteArrayList<>();
        JobStore store =
                open(
                        1,
                        job -> {
                            most.accumulateAndGet(running.incrementAndGet(), Math::max);
                            order.add(job.request());
                            release.await(10, TimeUnit.SECONDS);
                            running.decrementAndGet();
                        });
        JobRow low = engine.submit("TEST", JobPriority.LOW, "admin", 1, "low", Map.of());
        JobRow medium = engine.submit("TEST", JobPriority.MEDIUM, "admin", 1, "medium", Map.of());
        JobRow high = engine.submit("TEST", JobPriority.HIGH, "admin", 1, "high", Map.of());
        engine.start();
        release.countDown();
        for (JobRow j : List.of(low, medium, high)) {
            assertThat(waitFor(store, j.id(), JobState.FINISHED)).isEqualTo(JobState.FINISHED);
        }
        assertThat(order).containsExactly("high", "medium", "low");
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void severalJobsRunAtOnceUpToTheLimit() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        JobStore store =
                open(
                        2,
                        job -> {
                            most.accumulateAndGet(running.incrementAndGet(), Math::max);
                            bothRunning.countDown();
                            release.await(10, TimeUnit.SECONDS);
                            running.decrementAndGet();
                        });
        engine.start();
        List<JobRow> jobs =
                List.of(
                        engine.submit("TEST", JobPriority.MEDIUM, "admin", 1, "", Map.of()),
                        engine.submit("TEST", JobPriority.MEDIUM, "admin", 1, "", Map.of()),
                        engine.submit("TEST", JobPriority.MEDIUM, "admin", 1, "", Map.of()));
        assertThat(bothRunning.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(store.find(jobs.get(2).id()).orElseThrow().status()).isEqualTo(JobState.READY);
        release.countDown();
        for (JobRow j : jobs) {
            waitFor(store, j.id(), JobState.FINISHED);
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void failureAndWarningsEndInTheirStates() throws Exception {
        JobStore store =
                open(
                        1,
                        job -> {
                            job.step(1, "only step");
                            if (job.request().equals("fail")) {
                                throw new IllegalStateException("the source is corrupt");
                            }
                            if (job.request().equals("warn")) {
                                job.warn("one clip was shortened");
                            }
                        });
        engine.start();
        JobRow fail = engine.submit("TEST", JobPriority.MEDIUM, "admin", 1, "fail", Map.of());
        JobRow warn = engine.submit("TEST", JobPriority.MEDIUM, "admin", 1, "warn", Map.of());
        assertThat(waitFor(store, fail.id(), JobState.FAILED_TOTAL))
                .isEqualTo(JobState.FAILED_TOTAL);
        assertThat(store.find(fail.id()).orElseThrow().data())
                .containsEntry("errorMessage", "the source is corrupt");
        assertThat(store.find(fail.id()).orElseThrow().log().get(0).errorMessage())
                .isEqualTo("the source is corrupt");
        assertThat(waitFor(store, warn.id(), JobState.FINISHED_WARNING))
                .isEqualTo(JobState.FINISHED_WARNING);
    }

    @Test
    void abortOfAReadyJobWithoutCleanupIsImmediate() throws Exception {
        JobStore store = open(1, job -> {});
        JobRow job = engine.submit("TEST", JobPriority.MEDIUM, "admin", 1, "", Map.of());
        engine.abort(job.id(), false);
        assertThat(store.find(job.id()).orElseThrow().status()).isEqualTo(JobState.ABORTED);
        engine.start();
        Thread.sleep(200);
        assertThat(store.find(job.id()).orElseThrow().status()).isEqualTo(JobState.ABORTED);
    }

    @Test
    void abortOfARunningJobPassesThroughAbortedPending() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        JobStore store =
                open(
                        1,
                        job -> {
                            job.onCancel(cancelled::countDown);
                            started.countDown();
                            while (true) {
                                job.checkAborted();
                                if (cancelled.getCount() == 0) {
                                    // cleanup takes a moment, during which the job is
                                    // ABORTED_PENDING
                                    Thread.sleep(300);
                                }
                                Thread.sleep(10);
                            }
                        });
        engine.start();
        JobRow job = engine.submit("TEST", JobPriority.MEDIUM, "admin", 1, "", Map.of());
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        engine.abort(job.id(), true);
        assertThat(store.find(job.id()).orElseThrow().status())
                .isIn(JobState.ABORTED_PENDING, JobState.ABORTED);
        assertThat(waitFor(store, job.id(), JobState.ABORTED)).isEqualTo(JobState.ABORTED);
    }

    @Test
    void jobRunningWhenTheProcessDiedIsFailedAtTheNextStart() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobStore store =
                open(
                        1,
                        job -> {
                            started.countDown();
                            Thread.sleep(60_000);
                        });
        engine.start();
        JobRow job = engine.submit("TEST", JobPriority.MEDIUM, "admin", 1, "", Map.of());
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        engine.close();
        assertThat(store.find(job.id()).orElseThrow().status()).isEqualTo(JobState.STARTED);
        engine = new JobEngine(store, 1);
        engine.register("TEST", j -> {});
        engine.start();
        JobRow after = store.find(job.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(JobState.FAILED_TOTAL);
        assertThat(after.data().get("errorMessage")).contains("stopped while this job was running");
    }
}

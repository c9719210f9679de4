package org.seqdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    @Test
    void workStartedAfterThePoolStoppedIsDroppedQuietly() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdown();
        List<Object> calls = new ArrayList<>();
        TaskRunner runner = new TaskRunner(pool, Runnable::run);

        TaskRunner.Handle handle = runner.run(() -> "late", calls::add, calls::add);
        handle.cancel();

        assertThat(calls).isEmpty();
    }

    @Test
    void inlineRunnerDeliversResultsAndFailures() {
        List<Object> calls = new ArrayList<>();
        TaskRunner runner = TaskRunner.inline();

        runner.run(() -> "done", calls::add, calls::add);
        runner.run(
                () -> {
                    throw new IllegalStateException("broken");
                },
                calls::add,
                e -> calls.add(e.getMessage()));

        assertThat(calls).containsExactly("done", "broken");
    }
}

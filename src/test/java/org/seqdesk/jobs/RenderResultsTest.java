package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;

class RenderResultsTest {
    private final List<String> changed = new ArrayList<>();
    private final RenderResults results = new RenderResults(changed::add);

    private static JobSnapshot render(JobState state, Map<String, String> data) {
        return new JobSnapshot(
                "VX-900",
                "CONFORM",
                "admin",
                state,
                JobPriority.MEDIUM,
                null,
                null,
                3,
                3,
                null,
                -1,
                data,
                null);
    }

    private void event(JobEvent.Kind kind, JobState state, Map<String, String> data) {
        results.accept(new JobEvent(kind, render(JobState.STARTED, data), render(state, data)));
    }

    @Test
    void aFinishedRenderNamesTheItemItWroteTo() {
        event(JobEvent.Kind.FINISHED, JobState.FINISHED, Map.of("item", "VX-21"));
        event(
                JobEvent.Kind.FINISHED_WITH_WARNINGS,
                JobState.FINISHED_WARNING,
                Map.of("item", "VX-4", "destinationItem", "VX-22"));

        assertThat(changed).containsExactly("VX-21", "VX-22");
    }

    @Test
    void renderThatFailsOrIsStillRunningNamesNoItem() {
        event(JobEvent.Kind.FAILED, JobState.FAILED_TOTAL, Map.of("item", "VX-21"));
        event(JobEvent.Kind.STARTED, JobState.STARTED, Map.of("item", "VX-21"));
        event(JobEvent.Kind.FINISHED, JobState.FINISHED, Map.of());

        assertThat(changed).isEmpty();
    }
}

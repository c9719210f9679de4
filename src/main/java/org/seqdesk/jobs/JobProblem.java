package org.seqdesk.jobs;

import java.util.Map;

/** One reason a job waits, as {@code GET /job/{id}/problem} lists it. */
public record JobProblem(String id, String type, Map<String, String> data) {
    public JobProblem {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}

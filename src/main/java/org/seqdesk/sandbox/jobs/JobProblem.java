package org.seqdesk.sandbox.jobs;

import java.util.Map;

/** Why a job is waiting, e.g. {@code MISSING_SHAPE} with the item concerned. */
public record JobProblem(long id, long jobId, String type, Map<String, String> data) {
    public JobProblem {
        data = Map.copyOf(data);
    }
}

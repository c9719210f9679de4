package org.seqdesk.sandbox.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.sandbox.store.SiteIds;

/**
 * A job as stored: state, step, data and log.
 *
 * @param request the job's parameters as JSON, for the job's worker and for re-run
 */
public record JobRow(
        long id,
        String type,
        JobState status,
        JobPriority priority,
        String owner,
        Instant created,
        Instant started,
        Instant finished,
        int currentStep,
        String stepDescription,
        String stepStatus,
        int totalSteps,
        String request,
        Map<String, String> data,
        List<JobTask> log) {
    public JobRow {
        data = Map.copyOf(data);
        log = List.copyOf(log);
    }

    public String siteId() {
        return SiteIds.format(id);
    }
}

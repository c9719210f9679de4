package org.seqdesk.jobs;

import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;

/**
 * Jobs held in memory whose states the test sets; for the tracker's polling policy only. Tests of
 * real behaviour run against the sandbox server.
 */
class ScriptedJobService implements JobService {
    final Map<String, JobSnapshot> jobs = new LinkedHashMap<>();
    final List<JobQuery> queries = new ArrayList<>();
    int gets;
    boolean down;
    boolean ignoreFilters;

    void put(JobSnapshot job) {
        jobs.put(job.id(), job);
    }

    @Override
    public synchronized List<JobSnapshot> list(JobQuery query) throws IOException {
        queries.add(query);
        if (down) {
            throw new ConnectException("refused");
        }
        List<JobSnapshot> out = new ArrayList<>();
        for (JobSnapshot job : jobs.values()) {
            if (ignoreFilters || matches(query, job)) {
                out.add(job);
            }
        }
        return out.size() > query.number() ? out.subList(0, query.number()) : out;
    }

    private static boolean matches(JobQuery query, JobSnapshot job) {
        for (Map.Entry<String, String> e : query.jobMetadata().entrySet()) {
            if (!e.getValue().equals(job.value(e.getKey()))) {
                return false;
            }
        }
        return query.types().isEmpty() || query.types().contains(job.type());
    }

    @Override
    public synchronized JobSnapshot get(String jobId) throws IOException {
        gets++;
        JobSnapshot job = jobs.get(jobId);
        if (job == null) {
            throw new IOException("no job " + jobId);
        }
        return job;
    }

    @Override
    public void abort(String jobId, String reason) {
        jobs.computeIfPresent(jobId, (k, j) -> j.withState(JobState.ABORTED));
    }

    @Override
    public void setPriority(String jobId, JobPriority priority) {}

    @Override
    public JobSnapshot rerun(String jobId, JobPriority priority) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<JobProblem> problems(String jobId) {
        return List.of();
    }

    static JobSnapshot render(String id, JobState state) {
        return new JobSnapshot(
                id,
                "CONFORM",
                "admin",
                state,
                JobPriority.MEDIUM,
                java.time.Instant.parse("2026-12-04T11:59:00Z"),
                null,
                1,
                2,
                "Rendering",
                state == JobState.STARTED ? 5000 : -1,
                Map.of(JobSnapshot.CLIENT, JobSnapshot.CLIENT_NAME, "errorMessage", "disk full"),
                null);
    }
}

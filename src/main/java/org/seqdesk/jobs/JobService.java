package org.seqdesk.jobs;

import java.io.IOException;
import java.util.List;
import org.seqdesk.api.doc.JobPriority;

/**
 * What the jobs screens need from a VidiCore server. Every method blocks and must run off the UI
 * thread; failures are the {@code api} package's typed failures or {@link IOException}s.
 */
public interface JobService {

    /** One list request, jobs with their job metadata. */
    List<JobSnapshot> list(JobQuery query) throws IOException;

    /** One job with its job metadata. */
    JobSnapshot get(String jobId) throws IOException;

    /** Asks the server to abort a job; the job usually passes through ABORTED_PENDING. */
    void abort(String jobId, String reason) throws IOException;

    void setPriority(String jobId, JobPriority priority) throws IOException;

    /** Starts a copy of a job; returns the new job. */
    JobSnapshot rerun(String jobId, JobPriority priority) throws IOException;

    /** Why a job waits, in the server's words. */
    List<JobProblem> problems(String jobId) throws IOException;
}

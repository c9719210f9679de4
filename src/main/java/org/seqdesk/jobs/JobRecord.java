package org.seqdesk.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;

/**
 * One render this user started, as the local history keeps it. Written before the request goes out
 * (without a job id) and again when the server answers, so a render survives a crash at any moment.
 *
 * @param requestId the client's id for the request, sent as job metadata
 * @param server the server the job runs on (its base URL)
 * @param jobId the server's job id, or null while the answer is outstanding
 * @param itemId the sequence's item, or null for a standalone render
 * @param title what the user rendered, as the monitor shows it
 * @param state the last state seen
 */
public record JobRecord(
        String requestId,
        String server,
        String jobId,
        String itemId,
        String sequenceFormat,
        String title,
        List<String> tags,
        JobPriority priority,
        Instant submitted,
        JobState state,
        Instant started,
        Instant finished,
        String outputItem,
        String message) {

    public JobRecord {
        tags = tags == null ? List.of() : List.copyOf(tags);
        priority = priority == null ? JobPriority.MEDIUM : priority;
        state = state == null ? JobState.UNKNOWN : state;
    }

    public boolean isPending() {
        return jobId == null;
    }

    /** This record with the server's answer to the submission. */
    public JobRecord withJob(String id, JobState newState) {
        return new JobRecord(
                requestId,
                server,
                id,
                itemId,
                sequenceFormat,
                title,
                tags,
                priority,
                submitted,
                newState,
                started,
                finished,
                outputItem,
                message);
    }

    /** This record brought up to what the server says now. */
    public JobRecord updatedFrom(JobSnapshot job) {
        String output = job.outputItem() != null ? job.outputItem() : outputItem;
        String text = job.state() == JobState.FAILED_TOTAL ? job.errorMessage() : message;
        return new JobRecord(
                requestId,
                server,
                job.id(),
                itemId,
                sequenceFormat,
                title,
                tags,
                job.priority(),
                submitted,
                job.state(),
                job.started() != null ? job.started() : started,
                job.finished(),
                output,
                text);
    }

    /** What the tracker starts from after a restart, before the server is asked. */
    public JobSnapshot toSnapshot() {
        Map<String, String> data = new java.util.HashMap<>();
        if (itemId != null) {
            data.put(JobSnapshot.ITEM_ID, itemId);
        }
        if (sequenceFormat != null) {
            data.put(JobSnapshot.SEQUENCE_FORMAT, sequenceFormat);
        }
        if (outputItem != null) {
            data.put("item", outputItem);
        }
        if (message != null) {
            data.put("errorMessage", message);
        }
        return new JobSnapshot(
                jobId,
                "CONFORM",
                null,
                state,
                priority,
                started != null ? started : submitted,
                finished,
                0,
                0,
                null,
                state.isSuccess() ? 10_000 : -1,
                data,
                null);
    }
}

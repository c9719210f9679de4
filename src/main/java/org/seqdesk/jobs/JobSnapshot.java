package org.seqdesk.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;

/**
 * What the server said about one job at one moment. Immutable, compared by value, so the tracker
 * can tell a changed job from an unchanged one without touching the UI.
 *
 * @param progress progress in basis points (0–10,000), or -1 when the server gives none
 * @param data the job's data and job metadata as key/value pairs
 * @param waitingFor what a WAITING job waits for, as the server names it, or null
 */
public record JobSnapshot(
        String id,
        String type,
        String user,
        JobState state,
        JobPriority priority,
        Instant started,
        Instant finished,
        int stepNumber,
        int totalSteps,
        String stepDescription,
        int progress,
        Map<String, String> data,
        String waitingFor) {

    /** Job metadata key naming the item a render came from. */
    public static final String ITEM_ID = "itemId";

    /** Job metadata key naming the sequence format a render came from. */
    public static final String SEQUENCE_FORMAT = "sequenceFormat";

    /** Job metadata key naming the client that started a job. */
    public static final String CLIENT = "client";

    /** Job metadata key carrying the client's request id, to find a job the answer was lost for. */
    public static final String REQUEST_ID = "seqdeskRequest";

    /** The value of {@link #CLIENT} on jobs this application starts. */
    public static final String CLIENT_NAME = "SeqDesk";

    public JobSnapshot {
        Objects.requireNonNull(id, "id");
        state = state == null ? JobState.UNKNOWN : state;
        priority = priority == null ? JobPriority.MEDIUM : priority;
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** A job known only by id and state, as the server answers a creation request. */
    public static JobSnapshot of(String id, String type, JobState state) {
        return new JobSnapshot(
                id,
                type,
                null,
                state,
                JobPriority.MEDIUM,
                null,
                null,
                0,
                0,
                null,
                -1,
                Map.of(),
                null);
    }

    public String value(String key) {
        return data.get(key);
    }

    /** The item the job works on: the job metadata {@code itemId}, else the data {@code item}. */
    public String sourceItem() {
        String item = data.get(ITEM_ID);
        return item != null ? item : data.get("item");
    }

    /** The item that receives the output: data {@code item}, which the server writes. */
    public String outputItem() {
        String destination = data.get("destinationItem");
        return destination != null ? destination : data.get("item");
    }

    /** The server's failure text, from {@code errorMessage}. */
    public String errorMessage() {
        return data.get("errorMessage");
    }

    public JobSnapshot withState(JobState newState) {
        return new JobSnapshot(
                id,
                type,
                user,
                newState,
                priority,
                started,
                finished,
                stepNumber,
                totalSteps,
                stepDescription,
                progress,
                data,
                waitingFor);
    }
}

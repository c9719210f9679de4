package org.seqdesk.jobs;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The render submission workflow: records the render locally, sends it, and records the server's
 * answer, so that no render the server accepted is ever missing from the history.
 *
 * <p>End states: {@link Result#SUBMITTED} (the server created a job; the history has its id and the
 * tracker follows it to its own end), {@link Result#REFUSED} (the server said no; nothing is kept)
 * and {@link Result#FAILED} (no answer: the job may or may not exist; the pending record stays and
 * is resolved by its request id at the next start).
 */
public final class RenderWorkflow {
    private static final Logger LOG = LoggerFactory.getLogger(RenderWorkflow.class);

    private final RenderService service;
    private final JobHistory history;

    public RenderWorkflow(RenderService service, JobHistory history) {
        this.service = Objects.requireNonNull(service);
        this.history = Objects.requireNonNull(history);
    }

    /** How a submission ended. */
    public enum Result {
        SUBMITTED,
        REFUSED,
        FAILED
    }

    /** The end state, the job when submitted, and the failure otherwise. */
    public record Outcome(Result result, JobSnapshot job, String title, Throwable error) {}

    /** The job metadata every render carries, so it can be found again. */
    static Map<String, String> jobMetadata(RenderRequest request, String requestId) {
        Map<String, String> metadata = new LinkedHashMap<>(request.jobMetadata());
        RenderSource source = request.source();
        if (source.itemId() != null) {
            metadata.put(JobSnapshot.ITEM_ID, source.itemId());
        }
        metadata.put(JobSnapshot.SEQUENCE_FORMAT, source.sequenceFormat());
        metadata.put(JobSnapshot.CLIENT, JobSnapshot.CLIENT_NAME);
        metadata.put(JobSnapshot.REQUEST_ID, requestId);
        return metadata;
    }

    /** Submits the render. Blocking: run it in the background. */
    public Outcome submit(RenderRequest request) throws IOException {
        RenderSource source = request.source();
        JobRecord pending =
                history.beforeSubmit(
                        source.itemId(),
                        source.sequenceFormat(),
                        source.title(),
                        request.tags(),
                        request.priority());
        JobSnapshot job;
        try {
            job = service.render(request, jobMetadata(request, pending.requestId()));
        } catch (IOException | RuntimeException e) {
            if (JobErrors.isRefusal(e)) {
                history.refused(pending);
                LOG.info("Server refused the render of {}: {}", source.title(), e.toString());
                return new Outcome(Result.REFUSED, null, source.title(), e);
            }
            LOG.info(
                    "Render of {} got no answer; keeping request {}",
                    source.title(),
                    pending.requestId(),
                    e);
            return new Outcome(Result.FAILED, null, source.title(), e);
        }
        history.afterSubmit(pending, job);
        LOG.info("Render of {} submitted as job {}", source.title(), job.id());
        return new Outcome(Result.SUBMITTED, job, source.title(), null);
    }
}

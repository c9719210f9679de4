package org.seqdesk.jobs;

import java.util.Objects;
import java.util.function.Consumer;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conform metadata: asks the server to copy the timed metadata of a sequence's source items onto
 * the sequence's item ({@code POST /item/{id}/sequence/conform-metadata}).
 *
 * <p>End states: {@link Result#SUCCEEDED}; {@link Result#FAILED} with a sentence saying why (no
 * such item or sequence, no permission, server unreachable). It cannot be cancelled: the server
 * does the work in the one request.
 */
public final class ConformMetadataWorkflow {
    private static final Logger LOG = LoggerFactory.getLogger(ConformMetadataWorkflow.class);

    private final RenderService service;
    private final TaskRunner runner;

    public ConformMetadataWorkflow(RenderService service, TaskRunner runner) {
        this.service = Objects.requireNonNull(service);
        this.runner = Objects.requireNonNull(runner);
    }

    /** How it ended. */
    public enum Result {
        SUCCEEDED,
        FAILED
    }

    /** The end state and a sentence for the user. */
    public record Outcome(Result result, String itemId, String message) {}

    /** The notification for an outcome. */
    public static JobAlert alert(Outcome outcome) {
        boolean ok = outcome.result() == Result.SUCCEEDED;
        return new JobAlert(
                ok ? JobAlert.Severity.INFORMATION : JobAlert.Severity.ERROR,
                Messages.get(ok ? "jobs.conform.title" : "jobs.conform.failedTitle"),
                outcome.message(),
                outcome.itemId());
    }

    /** Runs it for {@code itemId}; {@code done} gets the outcome on the UI thread. */
    public void run(String itemId, Consumer<Outcome> done) {
        runner.run(
                () -> {
                    service.conformMetadata(itemId);
                    return itemId;
                },
                id -> {
                    LOG.info("Conformed metadata of item {}", id);
                    done.accept(
                            new Outcome(
                                    Result.SUCCEEDED,
                                    id,
                                    Messages.get("jobs.conform.succeeded", id)));
                },
                e -> {
                    LOG.info("Conform metadata of item {} failed", itemId, e);
                    done.accept(
                            new Outcome(
                                    Result.FAILED,
                                    itemId,
                                    Messages.get(
                                            "jobs.conform.failed", itemId, JobErrors.describe(e))));
                });
    }
}

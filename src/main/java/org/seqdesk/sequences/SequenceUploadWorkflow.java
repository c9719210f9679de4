package org.seqdesk.sequences;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one sequence document to the server without losing someone else's update: when the item
 * already holds a sequence in that format, it is read again first; if it differs from the version
 * the user opened (or the user never opened it), the user decides before anything is replaced. For
 * a new item, the item is made first.
 *
 * <p>End states: {@link Status#SUCCEEDED} (stored), {@link Status#CANCELLED} (the user said no),
 * {@link Status#RELOAD} (the user chose the server's version), {@link Status#FAILED} (a call
 * failed; the outcome carries the failure).
 */
final class SequenceUploadWorkflow {
    private static final Logger LOG = LoggerFactory.getLogger(SequenceUploadWorkflow.class);

    /** How an upload ended. */
    enum Status {
        SUCCEEDED,
        CANCELLED,
        RELOAD,
        FAILED
    }

    /**
     * What to send where.
     *
     * @param itemId the target item, or null to make a new item titled {@code newTitle}
     * @param baseline the document as the user opened it from the server, or null
     */
    record Request(
            String itemId,
            String newTitle,
            String format,
            byte[] content,
            String mediaType,
            byte[] baseline) {}

    record Outcome(Status status, String itemId, String format, Throwable failure) {}

    /** What the server holds before the PUT: whether the format exists, and its content. */
    private record Current(boolean exists, byte[] content) {}

    private final SequenceStore store;
    private final TaskRunner runner;
    private final Decisions decisions;

    SequenceUploadWorkflow(SequenceStore store, TaskRunner runner, Decisions decisions) {
        this.store = store;
        this.runner = runner;
        this.decisions = decisions;
    }

    void start(Request request, Consumer<Outcome> done) {
        if (request.itemId() == null) {
            runner.run(
                    () -> store.createItem(request.newTitle()),
                    id -> put(request, id, done),
                    e -> failed(request, null, e, done));
            return;
        }
        runner.run(
                () -> current(request),
                now -> decide(request, now, done),
                e -> failed(request, request.itemId(), e, done));
    }

    private Current current(Request request) throws java.io.IOException {
        List<SequenceEntry> stored = store.list(request.itemId());
        boolean exists = stored.stream().anyMatch(e -> e.format().equals(request.format()));
        return new Current(exists, exists ? store.fetch(request.itemId(), request.format()) : null);
    }

    private void decide(Request request, Current now, Consumer<Outcome> done) {
        String item = request.itemId();
        if (!now.exists() || sameAsOpened(request, now)) {
            put(request, item, done);
            return;
        }
        if (request.baseline() == null) {
            String text = Messages.get("sequences.replace.confirm", request.format(), item);
            if (decisions.confirm(Messages.get("sequences.replace.title"), text)) {
                put(request, item, done);
            } else {
                done.accept(new Outcome(Status.CANCELLED, item, request.format(), null));
            }
            return;
        }
        Decisions.Conflict choice =
                decisions.resolve(Messages.get("sequences.conflict.text", request.format(), item));
        LOG.info(
                "Sequence {} on {} changed on the server; user chose {}",
                request.format(),
                item,
                choice);
        if (choice == Decisions.Conflict.OVERWRITE) {
            put(request, item, done);
        } else {
            Status status = choice == Decisions.Conflict.RELOAD ? Status.RELOAD : Status.CANCELLED;
            done.accept(new Outcome(status, item, request.format(), null));
        }
    }

    private static boolean sameAsOpened(Request request, Current now) {
        return request.baseline() != null && Arrays.equals(request.baseline(), now.content());
    }

    private void put(Request request, String itemId, Consumer<Outcome> done) {
        runner.run(
                () -> {
                    store.put(itemId, request.format(), request.content(), request.mediaType());
                    return itemId;
                },
                id -> {
                    LOG.info("Stored a {} sequence on {}", request.format(), id);
                    done.accept(new Outcome(Status.SUCCEEDED, id, request.format(), null));
                },
                e -> failed(request, itemId, e, done));
    }

    private static void failed(
            Request request, String itemId, Throwable e, Consumer<Outcome> done) {
        LOG.info("Storing a {} sequence on {} failed", request.format(), itemId, e);
        done.accept(new Outcome(Status.FAILED, itemId, request.format(), e));
    }
}

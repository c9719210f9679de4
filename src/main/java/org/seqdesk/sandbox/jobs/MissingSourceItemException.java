package org.seqdesk.sandbox.jobs;

import java.util.List;

/** A render names source items that do not exist; the job fails with this message. */
public final class MissingSourceItemException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public MissingSourceItemException(List<String> items) {
        super(
                (items.size() == 1
                                ? "The source item " + items.get(0) + " does not exist"
                                : "The source items " + String.join(", ", items) + " do not exist")
                        + "; put the sequence again with items that exist");
    }
}

package org.seqdesk.sequences;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.seqdesk.common.ErrorText;
import org.seqdesk.common.ServerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentence under the sequence screen about what happened last, and the server's reachability it
 * reports to: a sentence saying the server did not answer goes once it answers again, to this
 * screen or another.
 */
final class StatusLine {
    private static final Logger LOG = LoggerFactory.getLogger(StatusLine.class);

    private final ServerStatus status;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private boolean unreachableShown;

    StatusLine(ServerStatus status) {
        this.status = status;
        status.whenBack(
                () -> {
                    if (unreachableShown && failed.get()) {
                        say("");
                    }
                });
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** A server call succeeded. */
    void answered() {
        status.answered();
    }

    void say(String text) {
        failed.set(false);
        message.set(text);
    }

    /** Something the user asked for cannot be done, for a reason that is not a failed call. */
    void refuse(String text) {
        failed.set(true);
        message.set(text);
    }

    /** A call for {@code what} failed: logged once here, told as one sentence. */
    void fail(Throwable e, String what) {
        LOG.info("Sequence {} failed", what, e);
        unreachableShown = status.failed(e);
        failed.set(true);
        message.set(ErrorText.of(e));
    }
}

package org.seqdesk.common;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the server answered the last call the screens made. Each screen reports its calls; the
 * status bar follows. A call that got any answer, even an error, shows the server is there; only a
 * failure to connect counts as unreachable. Used on the JavaFX thread.
 */
public final class ServerStatus {
    private final ReadOnlyBooleanWrapper reachable = new ReadOnlyBooleanWrapper(this, "up", true);
    private final Predicate<Throwable> unreachable;

    /** Counts only failures to connect as the server not answering. */
    public ServerStatus() {
        this(ServerStatus::isUnreachable);
    }

    /**
     * @param unreachable tells a failure without any answer (the client's own failure types know
     *     more than the causes this class can see)
     */
    public ServerStatus(Predicate<Throwable> unreachable) {
        this.unreachable = unreachable;
    }

    public ReadOnlyBooleanProperty reachableProperty() {
        return reachable.getReadOnlyProperty();
    }

    /** A call was answered. */
    public void answered() {
        reachable.set(true);
    }

    /**
     * A call failed; marks the server unreachable when the failure says no answer came.
     *
     * @return whether it did, so the screen can drop its message once the server is back
     */
    public boolean failed(Throwable failure) {
        if (unreachable.test(failure)) {
            reachable.set(false);
            return true;
        }
        return false;
    }

    /** Runs {@code action} each time the server answers again after it did not. */
    public void whenBack(Runnable action) {
        reachable.addListener(
                (o, was, up) -> {
                    if (up) {
                        action.run();
                    }
                });
    }

    /** True when the failure, or one of its causes, is a connection that could not be made. */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ConnectException
                    || e instanceof UnknownHostException
                    || e instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }
}

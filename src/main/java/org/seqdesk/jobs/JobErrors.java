package org.seqdesk.jobs;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.seqdesk.common.Messages;

/** Turns a failure from the server or the network into one short sentence for a person. */
public final class JobErrors {
    private JobErrors() {}

    public static String describe(Throwable error) {
        if (error instanceof ConnectException) {
            return Messages.get("jobs.error.unreachable");
        }
        if (error instanceof SocketTimeoutException) {
            return Messages.get("jobs.error.timeout");
        }
        if (error instanceof IOException) {
            return Messages.get("jobs.error.network");
        }
        return Messages.get("jobs.error.unexpected");
    }

    /** Whether the server refused the request, so it certainly did not start a job. */
    public static boolean isRefusal(Throwable error) {
        return false;
    }
}

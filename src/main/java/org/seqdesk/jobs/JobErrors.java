package org.seqdesk.jobs;

import java.io.IOException;
import org.seqdesk.api.ApiException;
import org.seqdesk.common.Messages;

/** Turns a failure from the server or the network into one short sentence for a person. */
public final class JobErrors {
    private JobErrors() {}

    public static String describe(Throwable error) {
        if (error instanceof ApiException) {
            ApiException api = (ApiException) error;
            String explanation = api.explanation() == null ? "" : api.explanation();
            return Messages.get("jobs.error." + api.kind(), explanation).strip();
        }
        if (error instanceof IOException) {
            return Messages.get("jobs.error.network");
        }
        return Messages.get("jobs.error.unexpected");
    }

    /**
     * Whether the server refused the request, so it certainly did not start a job. A server error
     * or a lost connection leaves it open: the job may exist.
     */
    public static boolean isRefusal(Throwable error) {
        return error instanceof ApiException.Unauthorized
                || error instanceof ApiException.Forbidden
                || error instanceof ApiException.NotFound
                || error instanceof ApiException.InvalidInput
                || error instanceof ApiException.Conflict
                || error instanceof ApiException.ReadOnlyRefused;
    }
}

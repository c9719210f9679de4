package org.seqdesk.export;

import java.io.IOException;
import java.nio.file.FileSystemException;
import org.seqdesk.api.ApiException;
import org.seqdesk.common.Messages;

/** One short sentence for a failure, and the details that go behind the "details" button. */
final class ErrorText {
    private ErrorText() {}

    static String sentence(Throwable error) {
        if (error instanceof ApiException) {
            return Messages.get("export.error." + key((ApiException) error));
        }
        if (error instanceof TargetFileException) {
            TargetFileException e = (TargetFileException) error;
            return e.fileInTheWay() != null
                    ? Messages.get("export.error.notAFolder", e.target(), e.fileInTheWay())
                    : Messages.get("export.error.fileReason", e.target(), e.reason());
        }
        if (error instanceof FileSystemException) {
            return Messages.get("export.error.file", ((FileSystemException) error).getFile());
        }
        if (error instanceof IOException) {
            return Messages.get("export.error.io");
        }
        return Messages.get("export.error.unexpected");
    }

    static String details(Throwable error) {
        StringBuilder s = new StringBuilder();
        if (error instanceof ApiException) {
            ApiException e = (ApiException) error;
            s.append(e.kind()).append('\n').append(e.method()).append(' ').append(e.url());
            if (e.status() > 0) {
                s.append("\nHTTP ").append(e.status());
            }
            if (e.explanation() != null) {
                s.append('\n').append(e.explanation());
            }
        } else {
            s.append(error);
        }
        for (Throwable c = error.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            s.append("\ncaused by ").append(c);
        }
        return s.toString();
    }

    private static String key(ApiException e) {
        if (e instanceof ApiException.Unauthorized) {
            return "unauthorized";
        }
        if (e instanceof ApiException.Forbidden) {
            return "forbidden";
        }
        if (e instanceof ApiException.NotFound) {
            return "notFound";
        }
        if (e instanceof ApiException.InvalidInput) {
            return "invalidInput";
        }
        if (e instanceof ApiException.Timeout) {
            return "timeout";
        }
        if (e instanceof ApiException.NetworkFailure) {
            return "network";
        }
        if (e instanceof ApiException.ReadOnlyRefused) {
            return "readOnly";
        }
        if (e instanceof ApiException.MalformedAnswer) {
            return "malformed";
        }
        return e.isTransient() ? "unavailable" : "server";
    }
}

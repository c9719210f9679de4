package org.seqdesk.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * The export file the user chose could not be written. Names that file (never the temporary file
 * beside it) and, when a file stands where a folder should be, that file.
 */
final class TargetFileException extends IOException {
    private final transient Path target;
    private final transient Path fileInTheWay;

    private TargetFileException(Path target, Path fileInTheWay, String reason, Throwable cause) {
        super(target + ": " + reason, cause);
        this.target = target;
        this.fileInTheWay = fileInTheWay;
    }

    /** {@code fileInTheWay} is a file where a folder on the way to {@code target} should be. */
    static TargetFileException notAFolder(Path target, Path fileInTheWay) {
        return new TargetFileException(
                target, fileInTheWay, fileInTheWay + " is a file, not a folder", null);
    }

    /** Writing {@code target} failed on {@code cause}, which may name another file. */
    static TargetFileException failed(Path target, FileSystemException cause) {
        String reason;
        if (cause instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (cause.getReason() != null) {
            reason = cause.getReason();
        } else {
            reason = cause.getClass().getSimpleName();
        }
        return new TargetFileException(target, null, reason, cause);
    }

    Path target() {
        return target;
    }

    /** The file standing where a folder should be, or null. */
    Path fileInTheWay() {
        return fileInTheWay;
    }

    /** Why the file could not be written, in the operating system's words. */
    String reason() {
        String message = getMessage();
        return message.substring(message.indexOf(": ") + 2);
    }
}

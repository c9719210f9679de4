package org.seqdesk.sandbox.media;

import java.util.List;

/**
 * ffmpeg ended with a nonzero exit code (or was stopped at its time limit). The message carries the
 * last lines ffmpeg wrote to its error output, which usually name the cause.
 */
public class FfmpegFailedException extends MediaException {
    private final int exitCode;
    private final List<String> errorTail;

    public FfmpegFailedException(String what, int exitCode, List<String> errorTail) {
        super(describe(what, exitCode, errorTail));
        this.exitCode = exitCode;
        this.errorTail = List.copyOf(errorTail);
    }

    private static String describe(String what, int exitCode, List<String> errorTail) {
        String reason = errorTail.isEmpty() ? "no error output" : String.join("\n", errorTail);
        return what + " failed (ffmpeg exit code " + exitCode + "): " + reason;
    }

    /** The process exit code; -1 when it was stopped at its time limit. */
    public int exitCode() {
        return exitCode;
    }

    /** The last lines of ffmpeg's error output, oldest first. */
    public List<String> errorTail() {
        return errorTail;
    }
}

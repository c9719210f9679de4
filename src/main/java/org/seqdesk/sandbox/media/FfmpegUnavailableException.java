package org.seqdesk.sandbox.media;

/** The bundled ffmpeg program could not be found, unpacked or started on this machine. */
public class FfmpegUnavailableException extends MediaException {
    public FfmpegUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.seqdesk.sandbox.media;

/**
 * How far a render has come.
 *
 * @param percent 0 to 100; 100 only once the output file is in place
 * @param frame the output frames done, as far as ffmpeg has reported
 * @param totalFrames the output frames expected
 */
public record RenderProgress(int percent, long frame, long totalFrames) {}

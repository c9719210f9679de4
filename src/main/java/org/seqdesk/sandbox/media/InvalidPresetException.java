package org.seqdesk.sandbox.media;

import java.util.List;

/**
 * An output preset that cannot be rendered: VidiCore refuses a render whose shape tag lacks a
 * container, a video codec with its bitrate, or an audio codec with its bitrate (PCM excepted).
 */
public class InvalidPresetException extends MediaException {
    private final List<String> problems;

    public InvalidPresetException(String presetName, List<String> problems) {
        super(
                "The output preset '"
                        + presetName
                        + "' cannot be rendered: "
                        + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each missing or unsupported setting as a sentence. */
    public List<String> problems() {
        return problems;
    }
}

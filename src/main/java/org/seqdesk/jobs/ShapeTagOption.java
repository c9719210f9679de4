package org.seqdesk.jobs;

import java.util.ArrayList;
import java.util.List;

/**
 * A shape tag the server offers as a render output, with what its transcode preset sets. VidiCore
 * can only render to a preset that names a container, a video codec and an audio codec.
 */
public record ShapeTagOption(String name, String container, String videoCodec, String audioCodec) {

    /** The parts the preset lacks, as message keys; empty when a render can use the tag. */
    public List<String> missing() {
        List<String> keys = new ArrayList<>();
        if (blank(container)) {
            keys.add("render.tag.missing.container");
        }
        if (blank(videoCodec)) {
            keys.add("render.tag.missing.video");
        }
        if (blank(audioCodec)) {
            keys.add("render.tag.missing.audio");
        }
        return keys;
    }

    public boolean renderable() {
        return missing().isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

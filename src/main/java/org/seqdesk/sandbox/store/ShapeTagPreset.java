package org.seqdesk.sandbox.store;

/**
 * A shape tag and the transcode preset it stands for. A render needs container, video codec and
 * bitrate, and an audio codec (with a bitrate unless PCM).
 */
public record ShapeTagPreset(
        String name,
        String container,
        String videoCodec,
        Integer videoBitrate,
        Integer width,
        Integer height,
        String audioCodec,
        Integer audioBitrate) {

    /** Why a render with this preset would fail, or empty when it can render. */
    public String renderProblem() {
        if (container == null || container.isBlank()) {
            return "Shape tag " + name + " has no container format";
        }
        if (videoCodec == null || videoBitrate == null) {
            return "Shape tag " + name + " needs a video codec and bitrate";
        }
        if (audioCodec == null) {
            return "Shape tag " + name + " needs an audio codec";
        }
        if (audioBitrate == null && !audioCodec.startsWith("pcm")) {
            return "Shape tag " + name + " needs an audio bitrate for " + audioCodec;
        }
        return "";
    }
}

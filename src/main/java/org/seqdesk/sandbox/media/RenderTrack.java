package org.seqdesk.sandbox.media;

import java.util.List;
import java.util.Objects;
import org.seqdesk.timeline.TimeCode;

/**
 * One video or audio track of an edit: its clips, which must not overlap, and the dissolves across
 * its cuts.
 */
public record RenderTrack(List<RenderClip> clips, List<Dissolve> dissolves) {

    public RenderTrack {
        clips = clips == null ? List.of() : List.copyOf(clips);
        dissolves = dissolves == null ? List.of() : List.copyOf(dissolves);
    }

    public static RenderTrack of(List<RenderClip> clips) {
        return new RenderTrack(clips, List.of());
    }

    /**
     * A cross dissolve from {@code in} to {@code out} on the timeline, spanning the cut between two
     * clips of the track. The outgoing clip plays on past the cut and the incoming one starts
     * before it, from their sources' handles.
     */
    public record Dissolve(TimeCode in, TimeCode out) {
        public Dissolve {
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(out, "out");
            if (out.compareTo(in) <= 0) {
                throw new IllegalArgumentException("a dissolve must end after it starts");
            }
        }
    }
}

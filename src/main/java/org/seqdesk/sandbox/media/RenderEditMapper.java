package org.seqdesk.sandbox.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.Transition;

/**
 * Turns a timeline {@link Sequence} into a {@link RenderEdit}, finding each segment's media through
 * a resolver (for the sandbox: the item's shape file with the requested source tag).
 *
 * <p>What the renderer cannot do is reported, not hidden: a segment whose item has no media is left
 * out (black or silence) and named in {@link Mapped#missingItems()}; speed changes, effects and
 * wipes are rendered as plain cuts at normal speed (wipes as dissolves) and listed in {@link
 * Mapped#warnings()}.
 */
public final class RenderEditMapper {
    private RenderEditMapper() {}

    /**
     * The result of a mapping.
     *
     * @param missingItems item ids whose media the resolver did not find, each once
     * @param warnings sentences on what renders differently from the sequence
     */
    public record Mapped(RenderEdit edit, List<String> missingItems, List<String> warnings) {
        public Mapped {
            missingItems = List.copyOf(missingItems);
            warnings = List.copyOf(warnings);
        }
    }

    /** Maps the enabled tracks and segments of {@code sequence}. */
    public static Mapped fromSequence(
            Sequence sequence, Function<String, Optional<Path>> mediaOfItem) {
        Set<String> missing = new LinkedHashSet<>();
        Set<String> warnings = new LinkedHashSet<>();
        List<RenderTrack> video = new ArrayList<>();
        List<RenderTrack> audio = new ArrayList<>();
        for (Track track : sequence.tracks()) {
            if (!track.enabled()) {
                continue;
            }
            List<RenderClip> clips = new ArrayList<>();
            boolean isVideo = track.kind() == org.seqdesk.timeline.TrackKind.VIDEO;
            for (Segment s : track.segments()) {
                mapSegment(s, isVideo, mediaOfItem, missing, warnings).ifPresent(clips::add);
            }
            (isVideo ? video : audio).add(new RenderTrack(clips, dissolves(track, warnings)));
        }
        RenderEdit edit = new RenderEdit(sequence.rate(), video, audio);
        return new Mapped(edit, new ArrayList<>(missing), new ArrayList<>(warnings));
    }

    private static Optional<RenderClip> mapSegment(
            Segment s,
            boolean isVideo,
            Function<String, Optional<Path>> mediaOfItem,
            Set<String> missing,
            Set<String> warnings) {
        if (!s.enabled() || s.timelineOut().compareTo(s.timelineIn()) <= 0) {
            return Optional.empty();
        }
        if (s.timelineIn().isInfinite() || s.timelineOut().isInfinite()) {
            warnings.add("a segment of item " + s.item() + " has no finite timeline range");
            return Optional.empty();
        }
        Optional<Path> media = s.item().isEmpty() ? Optional.empty() : mediaOfItem.apply(s.item());
        if (media.isEmpty()) {
            missing.add(s.item());
            return Optional.empty();
        }
        if (!s.effects().isEmpty()) {
            // TODO(#5): crop, position, scale, rotate and opacity effects are not rendered yet
            warnings.add("effects are not rendered (item " + s.item() + ")");
        }
        TimeCode sourceIn = s.sourceIn();
        if (sourceIn == null || sourceIn.isInfinite() || sourceIn.signum() < 0) {
            sourceIn = TimeCode.zero(s.timelineIn().base());
        }
        int channel = isVideo ? 0 : Math.max(0, s.sourceTrack());
        return Optional.of(
                new RenderClip(
                        media.get(),
                        s.timelineIn(),
                        s.timelineOut(),
                        sourceIn,
                        channel,
                        s.speed()));
    }

    private static List<RenderTrack.Dissolve> dissolves(Track track, Set<String> warnings) {
        List<RenderTrack.Dissolve> dissolves = new ArrayList<>();
        for (Transition t : track.transitions()) {
            if (t.in().isInfinite() || t.out().isInfinite() || t.out().compareTo(t.in()) <= 0) {
                continue;
            }
            if (t.isWipe()) {
                // TODO(#5): SMPTE wipes render as dissolves; xfade has only a few wipe shapes
                warnings.add("wipes are rendered as dissolves");
            }
            dissolves.add(new RenderTrack.Dissolve(t.in(), t.out()));
        }
        return dissolves;
    }
}

package org.seqdesk.sandbox.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.media.RenderClip;
import org.seqdesk.sandbox.media.RenderEdit;
import org.seqdesk.sandbox.media.RenderTrack;
import org.seqdesk.sandbox.store.ShapeRow;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;
import org.seqdesk.timeline.Transition;

/** The source files of a render: which shape of each item is read, and the edit built on them. */
final class RenderSources {
    private final Services services;
    private final List<String> sourceTags;
    private final Map<String, ShapeRow> chosen = new HashMap<>();

    RenderSources(Services services, List<String> sourceTags) {
        this.services = services;
        this.sourceTags = sourceTags;
    }

    /** What keeps the render from starting: items without a readable shape. */
    List<JobProblem> problems(long jobId, Sequence sequence) {
        List<JobProblem> problems = new ArrayList<>();
        for (String item : items(sequence)) {
            Optional<ShapeRow> shape = shape(item);
            if (shape.isPresent()) {
                chosen.put(item, shape.get());
                continue;
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put("item", item);
            data.put("tag", sourceTags.isEmpty() ? "original" : String.join(",", sourceTags));
            problems.add(new JobProblem(0, jobId, "MISSING_SHAPE", data));
        }
        return problems;
    }

    private static List<String> items(Sequence sequence) {
        return sequence.tracks().stream()
                .flatMap(t -> t.segments().stream())
                .filter(Segment::enabled)
                .map(Segment::item)
                .distinct()
                .toList();
    }

    private Optional<ShapeRow> shape(String item) {
        OptionalLong id = SiteIds.parse(item);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return services.shapes().shapes(id.getAsLong()).stream()
                .filter(
                        s ->
                                sourceTags.isEmpty()
                                        ? s.hasTag("original")
                                        : s.tags().stream().anyMatch(sourceTags::contains))
                .filter(s -> s.path() != null && Files.isRegularFile(Path.of(s.path())))
                .findFirst();
    }

    /** The edit for the renderer: every enabled segment whose source has the needed stream. */
    RenderEdit edit(Sequence sequence) {
        List<RenderTrack> video = new ArrayList<>();
        List<RenderTrack> audio = new ArrayList<>();
        for (Track t : sequence.tracks()) {
            boolean isAudio = t.kind() == TrackKind.AUDIO;
            List<RenderClip> clips = new ArrayList<>();
            for (Segment s : t.segments()) {
                ShapeRow shape = chosen.get(s.item());
                if (!s.enabled() || shape == null) {
                    continue;
                }
                if (isAudio ? shape.audioChannels() < s.sourceTrack() : shape.width() == null) {
                    continue;
                }
                TimeCode sourceIn =
                        s.sourceIn() == null || s.sourceIn().isInfinite()
                                ? TimeCode.zero(s.timelineIn().base())
                                : s.sourceIn();
                clips.add(
                        new RenderClip(
                                Path.of(shape.path()),
                                s.timelineIn(),
                                s.timelineOut(),
                                sourceIn,
                                isAudio ? s.sourceTrack() : 0));
            }
            List<RenderTrack.Dissolve> dissolves = new ArrayList<>();
            for (Transition tr : t.transitions()) {
                if (!tr.isWipe()) {
                    dissolves.add(new RenderTrack.Dissolve(tr.in(), tr.out()));
                }
            }
            (isAudio ? audio : video).add(new RenderTrack(clips, dissolves));
        }
        return new RenderEdit(sequence.rate(), video, audio);
    }
}

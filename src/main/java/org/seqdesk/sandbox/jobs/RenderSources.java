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
import org.seqdesk.sandbox.SandboxOptions;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.media.RenderEditMapper;
import org.seqdesk.sandbox.store.ShapeRow;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;

/** The source files of a render: which shape of each item is read, and the edit built on them. */
final class RenderSources {
    private final Services services;
    private final List<String> sourceTags;
    private final Map<String, ShapeRow> chosen = new HashMap<>();

    RenderSources(Services services, List<String> sourceTags) {
        this.services = services;
        this.sourceTags = sourceTags;
    }

    /**
     * What keeps the render from starting: items without a readable shape, and (when configured to
     * wait for them) items that do not exist.
     *
     * @throws MissingSourceItemException when segments name items that do not exist and the sandbox
     *     is configured to fail such renders
     */
    List<JobProblem> problems(long jobId, Sequence sequence) {
        List<JobProblem> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String item : items(sequence)) {
            OptionalLong id = SiteIds.parse(item);
            if (id.isEmpty() || !services.items().exists(id.getAsLong())) {
                missing.add(item);
            }
        }
        if (!missing.isEmpty() && failOnMissingItems()) {
            throw new MissingSourceItemException(missing);
        }
        for (String item : missing) {
            problems.add(new JobProblem(0, jobId, "MISSING_ITEM", Map.of("item", item)));
        }
        for (String item : items(sequence)) {
            if (missing.contains(item)) {
                continue;
            }
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

    private boolean failOnMissingItems() {
        return services.config().options().missingSourceItem()
                == SandboxOptions.MissingSourceItem.FAIL;
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

    /**
     * The edit for the renderer, with what renders differently from the sequence (speed changes,
     * effects, wipes) as warnings.
     */
    RenderEditMapper.Mapped edit(Sequence sequence) {
        return RenderEditMapper.fromSequence(
                sequence,
                item -> Optional.ofNullable(chosen.get(item)).map(s -> Path.of(s.path())));
    }
}

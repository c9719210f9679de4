package org.seqdesk.sandbox.http;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.seqdesk.api.doc.ExportRequestDocument;
import org.seqdesk.api.doc.ExportResponseDocument;
import org.seqdesk.api.doc.KeyValue;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.store.ShapeRow;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.sandbox.store.StorageRow;
import org.seqdesk.timeline.Problem;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.seqdesk.timeline.SequenceWriter;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.WriteResult;

/**
 * Writes a sequence in an editing format with each clip pointing at the file of the shape that the
 * export's tags and formats select, after the storage and item path mappings. Problems (a missing
 * shape, what the format cannot hold) are reported, never thrown.
 */
final class SequenceExporter {
    private final Services services;

    SequenceExporter(Services services) {
        this.services = services;
    }

    /** The response document and, when the format can be written, the file's bytes. */
    record Result(
            ExportResponseDocument response, Optional<byte[]> content, SequenceFormat format) {}

    static SequenceFormat format(String type) {
        if (type == null || type.isBlank()) {
            throw ApiException.invalidInput("type", "type is required", null);
        }
        return SequenceFormat.byId(type)
                .orElseThrow(() -> ApiException.invalidInput("type", "Unknown export type", type));
    }

    Result export(Sequence sequence, ExportPlan plan) {
        SequenceFormat format = format(plan.type());
        List<ExportResponseDocument.Problem> problems = new ArrayList<>();
        Map<String, ExportResponseDocument.AssetMapping> assets = new LinkedHashMap<>();
        Map<String, ExportResponseDocument.FileMapping> files = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        for (String item : SequenceModels.sourceItems(sequence)) {
            resolve(item, plan, problems, assets, files).ifPresent(p -> paths.put(item, p));
        }
        Optional<SequenceWriter> writer = SequenceFormats.writer(format);
        byte[] content = null;
        if (format == SequenceFormat.AAF || writer.isEmpty()) {
            problems.add(
                    problem(
                            "UNSUPPORTED_FORMAT",
                            "The sandbox cannot write "
                                    + format.id()
                                    + " sequences; export as finalcut,"
                                    + " finalcut-x, vidispine, edl or otio instead",
                            null));
        } else {
            WriteResult written = writer.get().write(shaped(sequence, plan, paths));
            content = written.content();
            for (Problem loss : written.losses()) {
                problems.add(problem(lossType(loss), loss.message(), loss.location()));
            }
        }
        List<ExportRequestDocument.StorageMapping> storages = new ArrayList<>();
        plan.storagePaths()
                .forEach((id, p) -> storages.add(new ExportRequestDocument.StorageMapping(id, p)));
        ExportResponseDocument response =
                new ExportResponseDocument(
                        problems,
                        new ExportResponseDocument.Mappings(
                                new ArrayList<>(assets.values()),
                                new ArrayList<>(files.values()),
                                storages));
        return new Result(response, Optional.ofNullable(content), format);
    }

    private Optional<String> resolve(
            String item,
            ExportPlan plan,
            List<ExportResponseDocument.Problem> problems,
            Map<String, ExportResponseDocument.AssetMapping> assets,
            Map<String, ExportResponseDocument.FileMapping> files) {
        OptionalLong id = SiteIds.parse(item);
        if (id.isEmpty() || !services.items().exists(id.getAsLong())) {
            problems.add(
                    problem(
                            "MISSING_ITEM",
                            "The sequence uses " + item + ", which does not exist",
                            item));
            return Optional.empty();
        }
        Optional<ShapeRow> shape =
                services.shapes().shapes(id.getAsLong()).stream()
                        .filter(s -> matches(s, plan))
                        .findFirst();
        if (shape.isEmpty()) {
            String wanted = plan.tags().isEmpty() ? "original" : String.join(",", plan.tags());
            problems.add(
                    new ExportResponseDocument.Problem(
                            "MISSING_SHAPE",
                            "Item "
                                    + item
                                    + " has no shape tagged "
                                    + wanted
                                    + (plan.formats().isEmpty()
                                            ? ""
                                            : " in " + String.join(",", plan.formats())),
                            item,
                            List.of(new KeyValue("item", item), new KeyValue("tag", wanted))));
            return Optional.empty();
        }
        ShapeRow s = shape.get();
        assets.put(item, new ExportResponseDocument.AssetMapping(item, item, s.siteId()));
        if (s.path() == null) {
            problems.add(
                    problem(
                            "MISSING_FILE",
                            "Shape " + s.siteId() + " of " + item + " has no file",
                            item));
            return Optional.empty();
        }
        String path = mappedPath(item, s, plan);
        files.put(
                s.siteId(),
                new ExportResponseDocument.FileMapping(s.siteId(), path, null, s.size(), null));
        return Optional.of(path);
    }

    private static boolean matches(ShapeRow s, ExportPlan plan) {
        boolean tagOk =
                plan.tags().isEmpty()
                        ? s.hasTag("original")
                        : s.tags().stream().anyMatch(plan.tags()::contains);
        boolean formatOk = plan.formats().isEmpty() || plan.formats().contains(s.container());
        return tagOk && formatOk;
    }

    private String mappedPath(String item, ShapeRow s, ExportPlan plan) {
        String explicit = plan.itemPaths().get(item);
        if (explicit != null) {
            return explicit;
        }
        Path file = Path.of(s.path());
        for (StorageRow st : services.shapes().storages()) {
            String mapped = plan.storagePaths().get(st.siteId());
            if (mapped != null && file.startsWith(st.path())) {
                String rel = st.path().relativize(file).toString().replace('\\', '/');
                return mapped.endsWith("/") ? mapped + rel : mapped + "/" + rel;
            }
        }
        return file.toString();
    }

    /** The sequence as the plan wants it: sources pointing at files, unwanted content removed. */
    private static Sequence shaped(Sequence in, ExportPlan plan, Map<String, String> paths) {
        List<Track> tracks = new ArrayList<>();
        for (Track t : in.tracks()) {
            List<Segment> segments = new ArrayList<>();
            for (Segment s : t.segments()) {
                String source =
                        plan.includes("media") && paths.containsKey(s.item())
                                ? fileUrl(paths.get(s.item()))
                                : "";
                segments.add(
                        new Segment(
                                s.item(),
                                s.name(),
                                s.sourceTrack(),
                                s.timelineIn(),
                                s.timelineOut(),
                                s.sourceIn(),
                                s.sourceOut(),
                                s.speed(),
                                plan.includes("effects") ? s.effects() : List.of(),
                                source,
                                s.enabled()));
            }
            tracks.add(
                    new Track(
                            t.kind(),
                            t.name(),
                            t.enabled(),
                            segments,
                            plan.includes("transitions") ? t.transitions() : List.of()));
        }
        return new Sequence(
                in.id(),
                in.name(),
                in.rate(),
                in.start(),
                tracks,
                plan.includes("markers") ? in.markers() : List.of(),
                plan.includes("metadata") ? in.metadata() : Map.of());
    }

    private static String fileUrl(String path) {
        if (path.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") && !path.matches("[A-Za-z]:\\\\.*")) {
            return path;
        }
        if (!path.startsWith("/")) {
            return path;
        }
        try {
            return new URI("file", "", path, null).toString();
        } catch (java.net.URISyntaxException e) {
            return "file://" + path;
        }
    }

    private static String lossType(Problem loss) {
        String m = loss.message().toLowerCase(java.util.Locale.ROOT);
        if (m.contains("transition")) {
            return "UNSUPPORTED_TRANSITION";
        }
        return m.contains("effect") ? "UNSUPPORTED_EFFECT" : "LOSSY_EXPORT";
    }

    private static ExportResponseDocument.Problem problem(
            String type, String message, String asset) {
        return new ExportResponseDocument.Problem(type, message, asset, null);
    }
}

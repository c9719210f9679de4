package org.seqdesk.sandbox.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seqdesk.sandbox.MediaShapes;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.media.Ffmpeg;
import org.seqdesk.sandbox.media.MediaInfo;
import org.seqdesk.sandbox.media.OutputPreset;
import org.seqdesk.sandbox.media.RenderEditMapper;
import org.seqdesk.sandbox.media.SequenceRenderer;
import org.seqdesk.sandbox.media.Thumbnailer;
import org.seqdesk.sandbox.media.TimedText;
import org.seqdesk.sandbox.store.ItemRow;
import org.seqdesk.sandbox.store.MetadataStore;
import org.seqdesk.sandbox.store.MetadataValue;
import org.seqdesk.sandbox.store.ShapeRow;
import org.seqdesk.sandbox.store.ShapeTagPreset;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.sandbox.store.StorageRow;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.VidispineFormat;

/**
 * The CONFORM job: renders a sequence into one new shape per requested tag.
 *
 * <p>Steps: 1 checks that every source item has a shape to read (the job is {@code WAITING} with
 * {@code MISSING_SHAPE} problems until they all do; a segment naming an item that does not exist
 * fails the job, or makes it wait with {@code MISSING_ITEM} when so configured), 2 renders with
 * ffmpeg (progress in the log), 3 attaches the files as shapes of the target item and makes its
 * thumbnails and poster. End states: {@code FINISHED}; {@code FAILED_TOTAL} with {@code
 * errorMessage}; {@code ABORTED} (the ffmpeg process is stopped).
 */
public final class RenderWorker implements JobWorker {
    public static final String TYPE = "CONFORM";
    public static final int TOTAL_STEPS = 3;
    private static final int THUMBNAIL_WIDTH = 160;

    private final Services services;

    public RenderWorker(Services services) {
        this.services = services;
    }

    @Override
    public void run(JobContext job) throws Exception {
        RenderRequest request = RenderRequest.fromJson(job.request());
        Sequence first = sequence(request);
        job.step(1, "Checking the sources");
        long target = target(job, request);
        RenderSources sources = new RenderSources(services, request.sourceTags());
        job.waitWhile(() -> sources.problems(job.id(), first));
        Sequence sequence = first;
        if (request.sequenceItem() != null
                && new RenderPause(services)
                        .holdAt(job, SiteIds.parse(request.sequenceItem()).orElseThrow())) {
            Sequence updated = sequence(request);
            job.waitWhile(() -> sources.problems(job.id(), updated));
            sequence = updated;
        }
        job.step(2, "Rendering " + String.join(", ", request.tags()));
        Map<String, MediaInfo> outputs = render(job, request, sequence, sources, target);
        job.step(3, "Attaching the shapes");
        attach(request, target, outputs);
        thumbnails(job, target, outputs);
    }

    private Sequence sequence(RenderRequest request) {
        if (request.sequenceXml() != null) {
            return VidispineFormat.readXml(
                            request.sequenceXml().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            "sequence")
                    .sequence()
                    .orElseThrow(() -> new IllegalStateException("The sequence cannot be read"));
        }
        long item = SiteIds.parse(request.sequenceItem()).orElseThrow();
        return services.sequences()
                .model(item)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "Item "
                                                + request.sequenceItem()
                                                + " has no sequence any more"));
    }

    /** The item that receives the shapes; a standalone render makes a new one. */
    private long target(JobContext job, RenderRequest request) {
        String existing = job.job().data().get("item");
        if (existing != null) {
            return SiteIds.parse(existing).orElseThrow();
        }
        String title = request.metadata().getOrDefault(MetadataStore.TITLE, "Rendered sequence");
        List<MetadataValue> values = new ArrayList<>();
        request.metadata().forEach((k, v) -> values.add(MetadataStore.generic(k, v)));
        values.add(MetadataStore.generic(MetadataStore.TITLE, title));
        ItemRow item =
                services.db()
                        .inTransaction(
                                c -> {
                                    ItemRow row = services.items().create(c, title, job.owner());
                                    services.metadata().replace(c, row.id(), values, job.owner());
                                    return row;
                                });
        job.putData("item", item.siteId());
        return item.id();
    }

    private Map<String, MediaInfo> render(
            JobContext job,
            RenderRequest request,
            Sequence sequence,
            RenderSources sources,
            long target)
            throws Exception {
        Path dir = services.mediaDir().resolve("renders");
        Files.createDirectories(dir);
        Map<String, MediaInfo> outputs = new LinkedHashMap<>();
        RenderEditMapper.Mapped mapped = sources.edit(sequence);
        mapped.warnings().forEach(job::warn);
        List<TimedText> subtitles = new RenderSubtitles(services).of(job, request);
        List<String> tags = request.tags();
        for (int i = 0; i < tags.size(); i++) {
            ShapeTagPreset p =
                    services.shapes()
                            .preset(tags.get(i))
                            .orElseThrow(() -> new IllegalStateException("The shape tag is gone"));
            OutputPreset preset =
                    new OutputPreset(
                            p.name(),
                            p.container(),
                            p.videoCodec(),
                            orZero(p.videoBitrate()),
                            p.audioCodec(),
                            orZero(p.audioBitrate()),
                            orZero(p.width()),
                            orZero(p.height()));
            Path out =
                    dir.resolve(
                            SiteIds.format(target)
                                    + "-"
                                    + p.name()
                                    + "-"
                                    + SiteIds.format(job.id())
                                    + "."
                                    + p.container());
            SequenceRenderer renderer = new SequenceRenderer(Ffmpeg.get());
            Runnable cancel = renderer::cancel;
            job.onCancel(cancel);
            int done = i;
            try {
                outputs.put(
                        p.name(),
                        renderer.render(
                                mapped.edit(),
                                preset,
                                out,
                                progress ->
                                        job.progress(
                                                done * 100L + progress.percent(),
                                                tags.size() * 100L),
                                subtitles));
            } finally {
                job.removeOnCancel(cancel);
            }
            job.checkAborted();
        }
        return outputs;
    }

    /**
     * Thumbnails at the first and the middle frame and a poster at the first, from the first output
     * with a picture, as the demo media get them; without them a browser shows no picture of the
     * result. A picture that cannot be made is a warning, not a failed render.
     */
    private void thumbnails(JobContext job, long target, Map<String, MediaInfo> outputs) {
        Optional<MediaInfo> shown =
                outputs.values().stream()
                        .filter(m -> m.hasVideo() && m.video().frames() > 0)
                        .findFirst();
        if (shown.isEmpty()) {
            return;
        }
        MediaInfo media = shown.get();
        TimeBase base = TimeBase.ofRate(media.video().rate());
        try {
            Thumbnailer thumbnailer = new Thumbnailer(Ffmpeg.get());
            Path dir = services.mediaDir().resolve("thumbnails");
            Files.createDirectories(dir);
            for (long frame : new long[] {0, media.video().frames() / 2}) {
                TimeCode at = TimeCode.of(frame, base);
                Path out =
                        dir.resolve(
                                SiteIds.format(target)
                                        + "-"
                                        + SiteIds.format(job.id())
                                        + "-"
                                        + frame
                                        + ".jpg");
                thumbnailer.write(media.file(), at, THUMBNAIL_WIDTH, out);
                services.shapes().addThumbnail(target, "thumbnail", at.toText(), out);
                if (frame == 0) {
                    services.shapes().addThumbnail(target, "poster", at.toText(), out);
                }
            }
        } catch (IOException | RuntimeException e) {
            job.warn("No thumbnail of the result: " + e.getMessage());
        }
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private void attach(RenderRequest request, long target, Map<String, MediaInfo> outputs)
            throws IOException {
        Optional<StorageRow> storage =
                services.shapes().storages().stream()
                        .filter(
                                s ->
                                        services.mediaDir()
                                                .toAbsolutePath()
                                                .normalize()
                                                .startsWith(s.path()))
                        .findFirst();
        for (Map.Entry<String, MediaInfo> e : outputs.entrySet()) {
            ShapeRow shape =
                    services.shapes()
                            .addShape(
                                    MediaShapes.of(
                                            target,
                                            List.of(e.getKey()),
                                            e.getValue(),
                                            storage.orElse(null)));
            if (e.getKey().equals(request.original())) {
                services.db()
                        .execute(c -> services.shapes().moveTag(c, target, "original", shape.id()));
            }
        }
    }
}

package org.seqdesk.sandbox.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seqdesk.sandbox.MediaShapes;
import org.seqdesk.sandbox.SandboxConfig.DemoMode;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.media.DemoMediaGenerator;
import org.seqdesk.sandbox.media.Ffmpeg;
import org.seqdesk.sandbox.media.MediaException;
import org.seqdesk.sandbox.media.MediaInfo;
import org.seqdesk.sandbox.media.Thumbnailer;
import org.seqdesk.sandbox.store.ItemRow;
import org.seqdesk.sandbox.store.MetadataStore;
import org.seqdesk.sandbox.store.MetadataValue;
import org.seqdesk.sandbox.store.ShapeTagPreset;
import org.seqdesk.sandbox.store.StorageRow;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a new sandbox holds: the shape tags {@code original}, {@code lowres} and {@code
 * h264-preview}, one storage, and (unless {@link DemoMode#NONE}) items with generated media,
 * thumbnails, descriptive and timed metadata, and the demo sequences.
 */
public final class DemoContent {
    private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);
    static final String OWNER = "admin";

    private final Services services;

    public DemoContent(Services services) {
        this.services = services;
    }

    public void create(DemoMode mode) {
        long started = System.nanoTime();
        presets();
        StorageRow storage = storage();
        if (mode == DemoMode.NONE) {
            return;
        }
        List<DemoItem> catalog = mode == DemoMode.FULL ? DemoCatalog.full() : DemoCatalog.minimal();
        List<ItemRow> items = new ArrayList<>();
        Media media = Media.open();
        for (int i = 0; i < catalog.size(); i++) {
            items.add(item(catalog.get(i), i, storage, media));
        }
        new DemoSequences(services).create(items, catalog, mode == DemoMode.FULL);
        LOG.info(
                "Demo content ({} items) made in {} ms",
                items.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void presets() {
        services.shapes()
                .putPreset(
                        new ShapeTagPreset(
                                "original", "mp4", "h264", 2_000_000, null, null, "aac", 128_000));
        services.shapes()
                .putPreset(
                        new ShapeTagPreset(
                                "lowres", "mp4", "h264", 300_000, 160, 90, "aac", 64_000));
        services.shapes()
                .putPreset(
                        new ShapeTagPreset(
                                "h264-preview", "mp4", "h264", 800_000, 320, 180, "aac", 96_000));
    }

    private StorageRow storage() {
        Path dir = services.mediaDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return services.shapes().addStorage("Sandbox media", dir);
    }

    private ItemRow item(DemoItem demo, int index, StorageRow storage, Media media) {
        ItemRow row =
                services.db()
                        .inTransaction(
                                c -> {
                                    ItemRow r = services.items().create(c, demo.title(), OWNER);
                                    services.metadata()
                                            .replace(c, r.id(), metadata(demo, index), OWNER);
                                    return r;
                                });
        if (media.generator == null) {
            return row;
        }
        try {
            Path file = services.mediaDir().resolve(row.siteId() + ".mp4");
            MediaInfo info = media.generator.generate(demo.clip(), file);
            services.shapes()
                    .addShape(MediaShapes.of(row.id(), List.of("original"), info, storage));
            thumbnails(row, file, demo, media.thumbnailer);
        } catch (IOException e) {
            LOG.warn("No demo media for {}: {}", row.siteId(), e.getMessage());
        }
        return row;
    }

    private void thumbnails(ItemRow row, Path file, DemoItem demo, Thumbnailer thumbnailer)
            throws IOException {
        Path dir = services.mediaDir().resolve("thumbnails");
        Files.createDirectories(dir);
        TimeBase base = demo.rate().timeBase();
        for (long frame : new long[] {0, demo.clip().frames() / 2}) {
            TimeCode at = TimeCode.of(frame, base);
            Path out = dir.resolve(row.siteId() + "-" + frame + ".jpg");
            thumbnailer.write(file, at, 160, out);
            services.shapes().addThumbnail(row.id(), "thumbnail", at.toText(), out);
            if (frame == 0) {
                services.shapes().addThumbnail(row.id(), "poster", at.toText(), out);
            }
        }
    }

    /** Title, description, keywords, and timed {@code scene} values, one per second. */
    private static List<MetadataValue> metadata(DemoItem demo, int index) {
        List<MetadataValue> values = new ArrayList<>();
        values.add(MetadataStore.generic(MetadataStore.TITLE, demo.title()));
        values.add(MetadataStore.generic("description", demo.description()));
        values.add(MetadataStore.generic("keywords", demo.keywords()));
        values.add(MetadataStore.generic("originalFilename", "demo-" + (index + 1) + ".mp4"));
        TimeBase base = demo.rate().timeBase();
        long perSecond = demo.rate().nominal();
        long seconds = Math.max(1, demo.clip().frames() / perSecond);
        for (long s = 0; s < seconds; s++) {
            String start = TimeCode.of(s * perSecond, base).toText();
            String end = TimeCode.of((s + 1) * perSecond, base).toText();
            values.add(
                    new MetadataValue(
                            "scene", demo.title() + " shot " + (s + 1), start, end, "", "", null));
        }
        return values;
    }

    /** The media tools, or none when ffmpeg cannot run here. */
    private static final class Media {
        final DemoMediaGenerator generator;
        final Thumbnailer thumbnailer;

        private Media(DemoMediaGenerator generator, Thumbnailer thumbnailer) {
            this.generator = generator;
            this.thumbnailer = thumbnailer;
        }

        static Media open() {
            try {
                Ffmpeg ffmpeg = Ffmpeg.get();
                return new Media(new DemoMediaGenerator(ffmpeg), new Thumbnailer(ffmpeg));
            } catch (MediaException e) {
                LOG.warn("Demo items get no media: {}", e.getMessage());
                return new Media(null, null);
            }
        }
    }
}

package org.seqdesk.sandbox.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.store.ItemRow;
import org.seqdesk.sandbox.store.MetadataStore;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;
import org.seqdesk.timeline.Transition;
import org.seqdesk.timeline.VidispineFormat;

/**
 * The demo sequences, each on its own item: a simple cut, a multi-track edit with dissolves, a
 * mixed-rate edit, and (full demo only) a 1,200-segment edit.
 */
final class DemoSequences {
    static final int LONG_SEGMENTS = 1200;
    private static final TimeBase PAL = FrameRate.FPS_25.timeBase();

    private final Services services;

    DemoSequences(Services services) {
        this.services = services;
    }

    void create(List<ItemRow> items, List<DemoItem> catalog, boolean full) {
        store("Demo: simple cut", simpleCut(items, catalog));
        store("Demo: mixed rates", mixedRate(items, catalog));
        if (full) {
            store("Demo: two tracks with dissolves", multiTrack(items, catalog));
            store("Demo: 1,200 cuts", longEdit(items, catalog));
        }
    }

    private void store(String title, Sequence sequence) {
        services.db()
                .execute(
                        c -> {
                            ItemRow row = services.items().create(c, title, DemoContent.OWNER);
                            services.metadata()
                                    .replace(
                                            c,
                                            row.id(),
                                            List.of(
                                                    MetadataStore.generic(
                                                            MetadataStore.TITLE, title)),
                                            DemoContent.OWNER);
                            services.sequences()
                                    .put(
                                            c,
                                            row.id(),
                                            "vidispine",
                                            VidispineFormat.writeXml(sequence).content(),
                                            "application/xml");
                        });
    }

    /**
     * A segment of {@code frames} frames of a source, cut in at {@code at} on a 25 fps timeline.
     */
    private static Segment clip(
            ItemRow item, DemoItem demo, int track, long at, long frames, long sourceFrame) {
        TimeBase src = demo.rate().timeBase();
        TimeCode in = TimeCode.of(at, PAL);
        TimeCode out = TimeCode.of(at + frames, PAL);
        TimeCode sourceIn = TimeCode.of(sourceFrame, src);
        TimeCode sourceOut = sourceIn.plus(out.minus(in)).roundTo(src);
        return Segment.cut(item.siteId(), track, in, out, sourceIn, sourceOut);
    }

    private static Sequence sequence(String name, List<Track> tracks) {
        return new Sequence("", name, FrameRate.FPS_25, null, tracks, List.of(), Map.of());
    }

    private static Sequence simpleCut(List<ItemRow> items, List<DemoItem> catalog) {
        int n = Math.min(3, items.size());
        List<Segment> video = new ArrayList<>();
        List<Segment> audio = new ArrayList<>();
        long length = Math.min(25, catalog.get(0).clip().frames());
        for (int i = 0; i < n; i++) {
            video.add(clip(items.get(i), catalog.get(i), 1, i * length, length, 0));
            if (catalog.get(i).clip().audio().streams() > 0) {
                audio.add(clip(items.get(i), catalog.get(i), 1, i * length, length, 0));
            }
        }
        return sequence(
                "Simple cut",
                List.of(Track.of(TrackKind.VIDEO, video), Track.of(TrackKind.AUDIO, audio)));
    }

    private static Sequence mixedRate(List<ItemRow> items, List<DemoItem> catalog) {
        List<Segment> video = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < items.size(); i++) {
            if (i == 0 || !catalog.get(i).rate().equals(catalog.get(i - 1).rate())) {
                video.add(clip(items.get(i), catalog.get(i), 1, at, 20, 2));
                at += 20;
            }
        }
        return sequence("Mixed rates", List.of(Track.of(TrackKind.VIDEO, video)));
    }

    private static Sequence multiTrack(List<ItemRow> items, List<DemoItem> catalog) {
        List<Segment> v1 =
                List.of(
                        clip(items.get(0), catalog.get(0), 1, 0, 50, 0),
                        clip(items.get(1), catalog.get(1), 1, 50, 50, 10),
                        clip(items.get(2), catalog.get(2), 1, 100, 50, 5));
        List<Transition> dissolves =
                List.of(
                        new Transition(
                                "dissolve", TimeCode.of(45, PAL), TimeCode.of(55, PAL), null),
                        new Transition(
                                "dissolve", TimeCode.of(95, PAL), TimeCode.of(105, PAL), null));
        List<Segment> v2 = List.of(clip(items.get(3), catalog.get(3), 1, 60, 30, 0));
        List<Segment> a1 =
                List.of(
                        clip(items.get(0), catalog.get(0), 1, 0, 50, 0),
                        clip(items.get(2), catalog.get(2), 1, 100, 50, 5));
        // Interview A has two stereo streams: channel 3 is the first channel of the second.
        List<Segment> a2 = List.of(clip(items.get(2), catalog.get(2), 3, 100, 50, 5));
        return sequence(
                "Two tracks with dissolves",
                List.of(
                        new Track(TrackKind.VIDEO, "V1", true, v1, dissolves),
                        new Track(TrackKind.VIDEO, "V2", true, v2, List.of()),
                        new Track(TrackKind.AUDIO, "A1", true, a1, List.of()),
                        new Track(TrackKind.AUDIO, "A2", true, a2, List.of())));
    }

    private static Sequence longEdit(List<ItemRow> items, List<DemoItem> catalog) {
        List<Segment> video = new ArrayList<>(LONG_SEGMENTS);
        for (int i = 0; i < LONG_SEGMENTS; i++) {
            int k = i % 4;
            video.add(clip(items.get(k), catalog.get(k), 1, i * 5L, 5, (i * 7L) % 60));
        }
        return sequence("1,200 cuts", List.of(Track.of(TrackKind.VIDEO, video)));
    }
}

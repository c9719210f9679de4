package org.seqdesk.sandbox.demo;

import java.util.List;
import org.seqdesk.sandbox.media.DemoClip;
import org.seqdesk.sandbox.media.DemoClip.AudioLayout;
import org.seqdesk.sandbox.media.DemoClip.Pattern;
import org.seqdesk.timeline.FrameRate;

/** The demo items: a dozen for the full demo, three for the minimal one. */
final class DemoCatalog {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 90;

    private DemoCatalog() {}

    static List<DemoItem> full() {
        return List.of(
                item(
                        "Harbour at dawn",
                        "Boats leave the harbour as the sun rises.",
                        "harbour sea morning",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_25,
                        AudioLayout.STEREO,
                        440),
                item(
                        "City traffic",
                        "Evening traffic on the ring road.",
                        "city traffic evening",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_25,
                        AudioLayout.STEREO,
                        330),
                item(
                        "Interview A",
                        "The mayor on the new bridge, two mixes.",
                        "interview mayor bridge",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_25,
                        AudioLayout.TWO_STEREO,
                        220),
                item(
                        "Interview B cutaways",
                        "Silent cutaways for the interview.",
                        "interview cutaway",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_25,
                        AudioLayout.NONE,
                        440),
                item(
                        "Market square",
                        "Stalls and shoppers at noon.",
                        "market square crowd",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_29_97_NDF,
                        AudioLayout.STEREO,
                        550),
                item(
                        "Night train",
                        "A freight train passes at night.",
                        "train night",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_29_97_NDF,
                        AudioLayout.NONE,
                        440),
                item(
                        "Studio bars",
                        "Line-up bars and tone from studio two.",
                        "bars tone lineup",
                        Pattern.COLOR_BARS,
                        FrameRate.FPS_29_97_NDF,
                        AudioLayout.STEREO,
                        1000),
                item(
                        "Rooftop garden",
                        "Bees in the rooftop garden.",
                        "garden bees rooftop",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_29_97_NDF,
                        AudioLayout.STEREO,
                        660),
                item(
                        "Film reel one",
                        "Archive film, first reel.",
                        "archive film reel",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_23_976,
                        AudioLayout.STEREO,
                        440),
                item(
                        "Film reel two",
                        "Archive film, second reel.",
                        "archive film reel",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_23_976,
                        AudioLayout.STEREO,
                        494),
                item(
                        "Forest walk",
                        "A walk through the beech forest.",
                        "forest walk nature",
                        Pattern.TEST_PATTERN,
                        FrameRate.FPS_23_976,
                        AudioLayout.NONE,
                        440),
                item(
                        "Closing titles",
                        "Bars under the closing titles.",
                        "titles credits",
                        Pattern.COLOR_BARS,
                        FrameRate.FPS_23_976,
                        AudioLayout.STEREO,
                        880));
    }

    static List<DemoItem> minimal() {
        return List.of(
                small("Harbour at dawn", FrameRate.FPS_25, AudioLayout.STEREO),
                small("Market square", FrameRate.FPS_29_97_NDF, AudioLayout.NONE),
                small("Film reel one", FrameRate.FPS_23_976, AudioLayout.TWO_STEREO));
    }

    private static DemoItem item(
            String title,
            String description,
            String keywords,
            Pattern pattern,
            FrameRate rate,
            AudioLayout audio,
            int hz) {
        long frames = rate.nominal() * 3L;
        return new DemoItem(
                title,
                description,
                keywords,
                new DemoClip(title, pattern, rate, frames, WIDTH, HEIGHT, audio, hz));
    }

    private static DemoItem small(String title, FrameRate rate, AudioLayout audio) {
        return new DemoItem(
                title,
                "Minimal demo clip.",
                "demo minimal",
                new DemoClip(
                        title, Pattern.TEST_PATTERN, rate, rate.nominal(), 64, 36, audio, 440));
    }
}

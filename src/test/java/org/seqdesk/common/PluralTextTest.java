package org.seqdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts read as words do: one segment, 1 Segment, two tracks, 2 Spuren. */
class PluralTextTest {
    private static String en(String key, Object... args) {
        return Messages.get(Messages.bundle(Locale.ENGLISH), Locale.ENGLISH, key, args);
    }

    private static String de(String key, Object... args) {
        return Messages.get(Messages.bundle(Locale.GERMANY), Locale.GERMANY, key, args);
    }

    @Test
    void timelineSummaryUsesSingularForOne() {
        Object[] one = {1, 1, 1, 0, 0, 0, "00:00:02:00"};
        Object[] many = {1200, 2, 0, 0, 0, 0, "00:10:00:00"};

        assertThat(en("sequences.timeline.summary", one))
                .startsWith("1 segment on 1 video track and 1 audio track, 00:00:02:00 long.");
        assertThat(en("sequences.timeline.summary", many))
                .startsWith("1,200 segments on 2 video tracks and no audio tracks,");
        assertThat(de("sequences.timeline.summary", one))
                .startsWith("1 Segment auf 1 Videospur und 1 Audiospur, L\u00e4nge 00:00:02:00.");
        assertThat(de("sequences.timeline.summary", many))
                .startsWith("1.200 Segmente auf 2 Videospuren und keiner Audiospur,");
    }

    @Test
    void readAndVerifyCountsUseSingularForOne() {
        assertThat(en("sequences.open.summary", "finalcut", "VX-1", 1, 0))
                .isEqualTo("The finalcut sequence of VX-1: 1 segment, no problems reading it.");
        assertThat(de("sequences.open.summary", "finalcut", "VX-1", 1, 0))
                .isEqualTo("Die finalcut-Sequenz von VX-1: 1 Segment, keine Probleme beim Lesen.");
        assertThat(en("export.verify.trackCount", "video", 1, 2))
                .isEqualTo("The file has 1 video track with clips; the sequence has 2.");
        assertThat(de("export.verify.trackCount", "Video", 1, 2))
                .isEqualTo("Die Datei hat 1 Videospur mit Clips, die Sequenz 2.");
        assertThat(en("export.verify.trackSegments", "V1", 1, 3))
                .isEqualTo("Track V1 has 1 segment in the file; 3 in the sequence.");
        assertThat(de("export.verify.segmentCount", 1, 3))
                .isEqualTo("Die Datei hat 1 Segment, die Sequenz 3.");
    }
}

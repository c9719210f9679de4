package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Written files name the sequence: by its title when known, else by its item id. */
class ExportedTitleTest {

    private static Sequence sequence(String id, String name) {
        TimeBase pal = TimeBase.PAL;
        Segment cut =
                Segment.cut(
                        "VX-1",
                        1,
                        TimeCode.zero(pal),
                        TimeCode.of(50, pal),
                        TimeCode.of(10, pal),
                        TimeCode.of(60, pal));
        return new Sequence(
                id,
                name,
                FrameRate.FPS_25,
                null,
                List.of(Track.of(TrackKind.VIDEO, List.of(cut))),
                null,
                null);
    }

    private static String written(SequenceFormat format, Sequence s) {
        return SequenceFormats.writer(format).orElseThrow().write(s).text();
    }

    @Test
    void anUnnamedSequenceIsNamedByItsItemId() {
        Sequence s = sequence("VX-9", "");

        assertThat(written(SequenceFormat.EDL, s)).startsWith("TITLE: VX-9\n");
        assertThat(written(SequenceFormat.FINALCUT, s)).contains("<name>VX-9</name>");
        assertThat(
                        new OtioReader()
                                .read(written(SequenceFormat.OTIO, s).getBytes(), "x")
                                .sequence())
                .get()
                .extracting(Sequence::name)
                .isEqualTo("VX-9");
    }

    @Test
    void aNamedSequenceKeepsItsTitle() {
        Sequence s = sequence("VX-9", "Final cut, reel 2");

        assertThat(written(SequenceFormat.EDL, s)).startsWith("TITLE: Final cut, reel 2\n");
        assertThat(written(SequenceFormat.FINALCUT, s)).contains("<name>Final cut, reel 2</name>");
        assertThat(written(SequenceFormat.OTIO, s)).contains("\"name\" : \"Final cut, reel 2\"");
    }
}

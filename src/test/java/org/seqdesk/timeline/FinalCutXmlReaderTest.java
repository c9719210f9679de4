package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** FCP 7 XML cases the corpus does not hold, written here by hand. */
class FinalCutXmlReaderTest {
    private final FinalCutXmlReader reader = new FinalCutXmlReader();

    private ReadResult read(String sequenceBody) {
        String xml =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE xmeml>\n"
                        + "<xmeml version=\"4\"><project><name>p</name><children>"
                        + "<sequence id=\"s\"><name>inside a project</name>"
                        + sequenceBody
                        + "</sequence></children></project></xmeml>";
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), "hand.xml");
    }

    private static String clip(String start, String end, String in, String out) {
        return "<clipitem><name>c</name><start>"
                + start
                + "</start><end>"
                + end
                + "</end><in>"
                + in
                + "</in><out>"
                + out
                + "</out><file id=\"f\"><name>tape</name></file></clipitem>";
    }

    @Test
    void findsTheSequenceInsideAProjectAndReadsDropFrameTimecode() {
        ReadResult r =
                read(
                        "<rate><timebase>30</timebase><ntsc>TRUE</ntsc></rate>"
                                + "<timecode><string>01:00:00;00</string><frame>107892</frame>"
                                + "<displayformat>DF</displayformat></timecode>");

        Sequence s = r.sequence().orElseThrow();
        assertThat(r.problems()).isEmpty();
        assertThat(s.name()).isEqualTo("inside a project");
        assertThat(s.rate()).isEqualTo(FrameRate.FPS_29_97_DF);
        assertThat(s.start()).isEqualTo(TimeCode.of(107892, TimeBase.NTSC));
    }

    @Test
    void dropFrameMarksOnARateWithoutDropFrameAreReported() {
        ReadResult r =
                read(
                        "<rate><timebase>25</timebase><ntsc>FALSE</ntsc></rate>"
                                + "<timecode><string>00;00;10;00</string><frame>250</frame>"
                                + "<displayformat>DF</displayformat></timecode>");

        assertThat(r.sequence().orElseThrow().rate()).isEqualTo(FrameRate.FPS_25);
        assertThat(r.problems())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.location())
                                    .isEqualTo("/xmeml/project/children/sequence/timecode");
                            assertThat(p.message()).startsWith("contradictory timecode");
                        });
    }

    @Test
    void edgesOfMinusOneWithoutATransitionComeFromTheSourceLength() {
        String track =
                "<media><video><track>"
                        + clip("-1", "100", "0", "40")
                        + clip("100", "-1", "10", "60")
                        + "</track></video></media>";
        ReadResult r = read("<rate><timebase>25</timebase></rate>" + track);

        Track v1 = r.sequence().orElseThrow().tracks().get(0);
        assertThat(v1.segments().get(0).timelineIn()).isEqualTo(TimeCode.of(60, TimeBase.PAL));
        assertThat(v1.segments().get(1).timelineOut()).isEqualTo(TimeCode.of(150, TimeBase.PAL));
        assertThat(v1.segments().get(0).item()).isEqualTo("tape");
    }

    @Test
    void aClipWithoutTimesIsSkippedWithItsPath() {
        String track =
                "<media><video><track><clipitem><name>x</name></clipitem></track></video></media>";
        ReadResult r = read("<rate><timebase>25</timebase></rate>" + track);

        assertThat(r.sequence().orElseThrow().tracks().get(0).segments()).isEmpty();
        assertThat(r.problems().get(0).location())
                .isEqualTo("/xmeml/project/children/sequence/media/video/track[1]/clipitem[1]");
    }

    @Test
    void theRegistryHandsOutTheFinalCutReadersAndWriters() {
        assertThat(SequenceFormats.reader(SequenceFormat.FINALCUT))
                .isInstanceOf(FinalCutXmlReader.class);
        assertThat(SequenceFormats.reader(SequenceFormat.FINALCUT_X))
                .isInstanceOf(FinalCutXReader.class);
        assertThat(SequenceFormats.writer(SequenceFormat.FINALCUT).orElseThrow())
                .isInstanceOf(FinalCutXmlWriter.class);
        assertThat(SequenceFormats.writer(SequenceFormat.FINALCUT_X).orElseThrow())
                .isInstanceOf(FinalCutXWriter.class);
    }
}

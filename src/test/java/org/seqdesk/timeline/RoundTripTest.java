package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Native SequenceDocuments through EDL and OpenTimelineIO and back. */
class RoundTripTest {
    private static final String DOC =
            "<SequenceDocument xmlns=\"http://xml.vidispine.com/schema/vidispine\"><id>VX-77</id>"
                    + "<track><audio>false</audio>"
                    + seg("VX-1", 1, "0@25", "50@25", "100@25", "150@25")
                    + seg("VX-2", 1, "50@25", "125@25", "0@25", "75@25")
                    + seg("VX-3", 1, "150@25", "200@25", "1000@25", "1100@25")
                    + "<transition><in>50@25</in><out>62@25</out><transition>dissolve</transition>"
                    + "</transition></track>"
                    + "<track><audio>true</audio>"
                    + seg("VX-1", 1, "0@48000", "96000@48000", "192000@48000", "288000@48000")
                    + seg("VX-2", 1, "96000@48000", "240000@48000", "0@48000", "144000@48000")
                    + "</track></SequenceDocument>";

    private static String seg(
            String item, int track, String in, String out, String sin, String sout) {
        return "<segment><item>"
                + item
                + "</item><sourceTrack>"
                + track
                + "</sourceTrack><in>"
                + in
                + "</in><out>"
                + out
                + "</out><sourceIn>"
                + sin
                + "</sourceIn><sourceOut>"
                + sout
                + "</sourceOut></segment>";
    }

    private static Sequence original() {
        return VidispineFormat.readXml(DOC.getBytes(StandardCharsets.UTF_8), "")
                .sequence()
                .orElseThrow();
    }

    @Test
    void throughOtioEverySegmentComesBackIdentical() {
        Sequence s = original();

        WriteResult otio = new OtioWriter().write(s);
        Sequence back = new OtioReader().read(otio.content(), "").sequence().orElseThrow();
        WriteResult again = VidispineFormat.writeXml(back);

        assertThat(otio.isLossless()).isTrue();
        assertThat(back.tracks()).isEqualTo(s.tracks());
        assertThat(again.text()).isEqualTo(VidispineFormat.writeXml(s).text());
    }

    @Test
    void throughEdlEveryFrameComesBackAtTheSameInstant() {
        Sequence s = original();

        WriteResult edl = new EdlWriter().write(s);
        Sequence back =
                new EdlReader(FrameRate.FPS_25).read(edl.content(), "").sequence().orElseThrow();

        assertThat(edl.losses()).noneMatch(p -> p.severity() == Problem.Severity.WARNING);
        assertThat(back.tracks()).hasSize(2);
        for (int t = 0; t < 2; t++) {
            List<Segment> a = s.tracks().get(t).segments();
            List<Segment> b = back.tracks().get(t).segments();
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                assertSameFrames(a.get(i), b.get(i));
            }
        }
        assertThat(back.tracks().get(0).transitions()).isEqualTo(s.tracks().get(0).transitions());
    }

    private static void assertSameFrames(Segment a, Segment b) {
        assertThat(b.item()).isEqualTo(a.item());
        assertThat(b.timelineIn().sameInstant(a.timelineIn())).as("in of %s", a).isTrue();
        assertThat(b.timelineOut().sameInstant(a.timelineOut())).as("out of %s", a).isTrue();
        assertThat(b.sourceIn().sameInstant(a.sourceIn())).as("source in of %s", a).isTrue();
        assertThat(b.sourceOut().sameInstant(a.sourceOut())).as("source out of %s", a).isTrue();
        assertThat(b.speed()).isEqualTo(a.speed());
    }

    @Test
    void throughEdlSampleAccurateAudioIsRoundedAndReported() {
        Sequence s = original();
        Segment odd =
                Segment.cut(
                        "VX-9",
                        2,
                        TimeCode.of(100, TimeBase.AUDIO_48K),
                        TimeCode.of(48100, TimeBase.AUDIO_48K),
                        TimeCode.of(0, TimeBase.AUDIO_48K),
                        TimeCode.of(48000, TimeBase.AUDIO_48K));
        Sequence withOdd =
                new Sequence(
                        s.id(),
                        s.name(),
                        s.rate(),
                        s.start(),
                        List.of(s.tracks().get(0), Track.of(TrackKind.AUDIO, List.of(odd))),
                        List.of(),
                        s.metadata());

        WriteResult edl = new EdlWriter().write(withOdd);

        assertThat(edl.losses())
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("times rounded to whole frames at 25"))
                .anyMatch(m -> m.contains("another source track"));
    }

    @Test
    void edlCorpusFileThroughVidispineKeepsItsFrames() {
        Sequence s = Corpus.read(new EdlReader(), "edl/otio_dissolve_test_4.edl");

        WriteResult xml = VidispineFormat.writeXml(s);
        Sequence back = VidispineFormat.readXml(xml.content(), "").sequence().orElseThrow();

        assertThat(back.tracks().get(0).segments())
                .extracting(Segment::timelineIn)
                .isEqualTo(s.tracks().get(0).segments().stream().map(Segment::timelineIn).toList());
        assertThat(back.tracks().get(0).transitions()).isEqualTo(s.tracks().get(0).transitions());
        assertThat(xml.losses()).anyMatch(p -> p.message().contains("start timecode"));
    }

    @Test
    void detectsEachFormatFromNameOrContent() {
        byte[] edl = "TITLE: x\n".getBytes(StandardCharsets.UTF_8);
        byte[] otio = "{\"OTIO_SCHEMA\": \"Timeline.1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] json = "{\"track\": []}".getBytes(StandardCharsets.UTF_8);

        assertThat(SequenceFormats.detect("a.txt", edl)).contains(SequenceFormat.EDL);
        assertThat(SequenceFormats.detect("a.json", otio)).contains(SequenceFormat.OTIO);
        assertThat(SequenceFormats.detect("a.json", json)).contains(SequenceFormat.VIDISPINE);
        assertThat(SequenceFormats.detect("a.json", "{}".getBytes(StandardCharsets.UTF_8)))
                .contains(SequenceFormat.VIDISPINE);
        assertThat(SequenceFormats.detect("a.xml", DOC.getBytes(StandardCharsets.UTF_8)))
                .contains(SequenceFormat.VIDISPINE);
        assertThat(SequenceFormats.reader(SequenceFormat.EDL)).isInstanceOf(EdlReader.class);
        assertThat(SequenceFormats.writer(SequenceFormat.OTIO))
                .containsInstanceOf(OtioWriter.class);
    }
}

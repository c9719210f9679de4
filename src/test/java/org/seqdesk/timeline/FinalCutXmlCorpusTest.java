package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads every FCP 7 XML file of the corpus; the expected values were worked out from the files. */
class FinalCutXmlCorpusTest {
    private final SequenceReader reader = SequenceFormats.reader(SequenceFormat.FINALCUT);

    static byte[] corpus(String relative) {
        Path root = Path.of(System.getProperty("seqdesk.corpus", "../shared/corpus"));
        try {
            return Files.readAllBytes(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sequence read(String relative) {
        ReadResult result = reader.read(corpus(relative), relative);
        assertThat(result.sequence()).as(result.problems().toString()).isPresent();
        return result.sequence().get();
    }

    private static TimeCode at(long frames, TimeBase base) {
        return TimeCode.of(frames, base);
    }

    @Test
    void hieroExportKeepsDecimalFramesGapsAndTheFractionSpeed() {
        ReadResult result = reader.read(corpus("fcp7/otio_hiero_xml_export.xml"), "hiero");
        Sequence s = result.sequence().orElseThrow();
        TimeBase b = TimeBase.FILM;

        assertThat(s.name()).isEqualTo("hiero_xml_export");
        assertThat(s.rate()).isEqualTo(FrameRate.FPS_24);
        assertThat(s.start()).isEqualTo(at(86400, b));
        assertThat(s.rate().format(s.start())).isEqualTo("01:00:00:00");
        assertThat(s.videoTracks()).hasSize(1);
        assertThat(s.audioTracks()).isEmpty();

        List<Segment> v1 = s.videoTracks().get(0).segments();
        assertThat(v1).hasSize(2);
        Segment first = v1.get(0);
        assertThat(first.item()).isEqualTo("A160C005_171213_R0MN");
        assertThat(first.source())
                .isEqualTo("file://localhost/A160R0MN/A160R0MN/A160C005_171213_R0MN.mxf");
        assertThat(first.timelineIn()).isEqualTo(at(14, b));
        assertThat(first.timelineOut()).isEqualTo(at(1069, b));
        assertThat(first.sourceIn()).isEqualTo(at(0, b));
        assertThat(first.sourceOut()).isEqualTo(at(1055, b));
        assertThat(first.speed()).isEqualTo(Rational.ONE);

        Segment last = v1.get(1);
        assertThat(last.name()).isEqualTo("/");
        assertThat(last.timelineIn()).isEqualTo(at(1085, b));
        assertThat(last.timelineOut()).isEqualTo(at(1324, b));
        assertThat(last.sourceIn()).isEqualTo(at(326400, b));
        assertThat(last.sourceOut()).isEqualTo(at(326639, b));
        assertThat(last.speed()).isEqualTo(Rational.of(1, 4));
        assertThat(s.videoTracks().get(0).gaps()).hasSize(1);
        assertThat(s.duration()).isEqualTo(at(1324, b));
        assertThat(result.problems())
                .anyMatch(p -> p.message().contains("read as a fraction"))
                .anyMatch(p -> p.location().endsWith("/track[1]/clipitem[2]"));
    }

    @Test
    void premiereExampleResolvesClipEdgesInsideTransitions() {
        ReadResult result = reader.read(corpus("premiere/otio_premiere_example.xml"), "ex");
        Sequence s = result.sequence().orElseThrow();
        TimeBase b = TimeBase.NTSC30;

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_30);
        assertThat(s.start()).isEqualTo(at(0, b));
        assertThat(s.videoTracks()).hasSize(4);
        assertThat(s.audioTracks()).hasSize(8);
        assertThat(s.segmentCount()).isEqualTo(22);

        Segment fifteenFps = s.videoTracks().get(0).segments().get(0);
        assertThat(fifteenFps.timelineIn()).isEqualTo(at(536, b));
        assertThat(fifteenFps.timelineOut()).isEqualTo(at(636, b));
        assertThat(fifteenFps.sourceOut()).isEqualTo(at(50, TimeBase.ofRate(15, 1)));

        Track v2 = s.videoTracks().get(1);
        assertThat(v2.segments()).hasSize(4);
        assertThat(v2.segments().get(0).timelineIn()).isEqualTo(at(13, b));
        assertThat(v2.segments().get(2).timelineOut()).isEqualTo(at(557, b));
        assertThat(v2.segments().get(3).timelineOut()).isEqualTo(at(956, b));
        assertThat(v2.transitions()).hasSize(1);
        Transition fadeOut = v2.transitions().get(0);
        assertThat(fadeOut.name()).isEqualTo("Cross Dissolve");
        assertThat(fadeOut.in()).isEqualTo(at(538, b));
        assertThat(fadeOut.duration()).isEqualTo(at(19, b));

        // both clips run through the centred dissolve 1152-1177; cut at its middle, 1164,
        // where the matching audio on A8 cuts too (source 34-242, then 18-100)
        Track v4 = s.videoTracks().get(3);
        assertThat(v4.segments().get(0).timelineOut()).isEqualTo(at(1164, b));
        assertThat(v4.segments().get(0).sourceOut()).isEqualTo(at(242, b));
        assertThat(v4.segments().get(1).timelineIn()).isEqualTo(at(1164, b));
        assertThat(v4.segments().get(1).sourceIn()).isEqualTo(at(18, b));
        assertThat(v4.segments().get(1).timelineOut()).isEqualTo(at(1246, b));
        assertThat(v4.transitions().get(0).in()).isEqualTo(at(1152, b));
        assertThat(v4.transitions().get(0).duration()).isEqualTo(at(25, b));
        assertThat(v4.overlaps()).isEmpty();

        assertThat(s.markers()).hasSize(3);
        assertThat(s.markers().get(0).name()).isEqualTo("My MArker 1");
        assertThat(s.markers().get(0).position()).isEqualTo(at(113, b));
        assertThat(s.markers().get(0).duration().samples()).isZero();
        assertThat(s.markers().get(2).name()).isEmpty();
        assertThat(result.problems())
                .filteredOn(p -> p.message().contains("contradictory"))
                .hasSize(3)
                .allMatch(p -> p.location().contains("/file/timecode"));
    }

    @Test
    void premiereGeneratorsSitInATwentyThreeNineSevenSixSequence() {
        Sequence s = read("premiere/otio_premiere_generators.xml");
        TimeBase b = TimeBase.FILM_NTSC;

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_23_976);
        assertThat(s.videoTracks()).hasSize(3);
        assertThat(s.audioTracks()).hasSize(8);
        List<Segment> v1 = s.videoTracks().get(0).segments();
        assertThat(v1).hasSize(6);
        assertThat(v1.get(0).name()).isEqualTo("Universal Counting Leader");
        assertThat(v1.get(0).timelineIn()).isEqualTo(at(0, b));
        assertThat(v1.get(0).timelineOut()).isEqualTo(at(264, b));
        Segment matte = v1.get(2);
        assertThat(matte.item()).isEmpty();
        assertThat(matte.name()).isEqualTo("Blue Matte");
        assertThat(matte.effects().get(0).name()).isEqualTo("Color");
        assertThat(matte.sourceIn()).isEqualTo(at(86313, b));
        assertThat(v1.get(5).name()).isEqualTo("Graphic");
        assertThat(v1.get(5).timelineIn()).isEqualTo(at(737, b));
        assertThat(v1.get(5).timelineOut()).isEqualTo(at(856, b));
        assertThat(s.audioTracks().get(0).segments()).hasSize(2);
        assertThat(s.duration()).isEqualTo(at(856, b));
    }

    @Test
    void premiereDisabledClipsAndTracksStayDisabled() {
        Sequence s = read("premiere/otio_premiere_enable_property.xml");
        TimeBase b = TimeBase.PAL;

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_25);
        assertThat(s.videoTracks()).hasSize(3);
        assertThat(s.audioTracks()).hasSize(6);
        List<Segment> v1 = s.videoTracks().get(0).segments();
        assertThat(v1).extracting(Segment::enabled).containsExactly(true, false, true, false);
        assertThat(v1.get(0).timelineIn()).isEqualTo(at(0, b));
        assertThat(v1.get(3).timelineOut()).isEqualTo(at(256, b));
        assertThat(s.videoTracks().get(2).enabled()).isFalse();
        assertThat(s.videoTracks().get(1).enabled()).isTrue();
        assertThat(s.audioTracks().get(0).segments())
                .extracting(Segment::enabled)
                .containsExactly(true, true, false, true);
    }

    @Test
    void aFilterFragmentIsNoSequence() {
        ReadResult result =
                reader.read(corpus("premiere/otio_premiere_example_filter.xml"), "filter");

        assertThat(result.sequence()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).message())
                .startsWith("no sequence in this file")
                .contains("<filter>");
    }

    @Test
    void aSequenceWithEmptyMediaHasNoTracks() {
        Sequence s = read("premiere/otio_sample_just_track.xml");

        assertThat(s.name()).isEqualTo("sc01_sh010_layerA");
        assertThat(s.rate()).isEqualTo(FrameRate.FPS_30);
        assertThat(s.tracks()).isEmpty();
        assertThat(s.metadata())
                .containsEntry("finalcut.uuid", "5ea30a6b-552f-4722-be92-6dfdb66c97e6");
    }

    @Test
    void anXmemlWithoutSequenceFailsClearly() {
        byte[] bytes = "<?xml version=\"1.0\"?><xmeml version=\"5\"><clip/></xmeml>".getBytes();
        ReadResult result = reader.read(bytes, "x");

        assertThat(result.sequence()).isEmpty();
        assertThat(result.problems().get(0).message()).startsWith("no sequence in this file");
    }
}

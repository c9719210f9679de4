package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seqdesk.timeline.FinalCutXmlCorpusTest.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads every FCPXML file of the corpus; the expected values were worked out from the files. */
class FinalCutXCorpusTest {
    private static final TimeBase NTSC = TimeBase.NTSC;
    private final SequenceReader reader = SequenceFormats.reader(SequenceFormat.FINALCUT_X);

    private ReadResult result(String name) {
        return reader.read(corpus("fcpx/" + name), name);
    }

    private Sequence read(String name) {
        ReadResult r = result(name);
        assertThat(r.sequence()).as(r.problems().toString()).isPresent();
        return r.sequence().get();
    }

    private static TimeCode at(long samples, TimeBase base) {
        return TimeCode.of(samples, base);
    }

    private static List<Segment> segments(Sequence s, int track) {
        return s.tracks().get(track).segments();
    }

    @Test
    void twentyFiveFpsMediaConformsToATwentyFourFpsSequence() {
        Sequence s = read("dawfilekit_24With25Media.fcpxml");

        assertThat(s.name()).isEqualTo("24With25Media");
        assertThat(s.rate()).isEqualTo(FrameRate.FPS_24);
        assertThat(s.rate().format(s.start())).isEqualTo("01:00:00:00");
        assertThat(s.tracks()).hasSize(1);
        List<Segment> v1 = segments(s, 0);
        assertThat(v1).hasSize(2);
        assertThat(v1.get(0).timelineIn()).isEqualTo(at(240, TimeBase.FILM));
        assertThat(v1.get(0).timelineOut()).isEqualTo(at(294, TimeBase.FILM));
        assertThat(v1.get(0).sourceIn()).isEqualTo(at(684, TimeBase.PAL));
        assertThat(v1.get(0).sourceOut()).isEqualTo(at(738, TimeBase.PAL));
        assertThat(v1.get(0).speed()).isEqualTo(Rational.of(24, 25));
        assertThat(v1.get(1).timelineIn()).isEqualTo(at(360, TimeBase.FILM));
        assertThat(v1.get(1).timelineOut()).isEqualTo(at(3911, TimeBase.FILM));
        assertThat(v1.get(1).sourceOut()).isEqualTo(at(3551, TimeBase.PAL));
        assertThat(s.markers()).hasSize(3);
        assertThat(s.markers().get(0).position()).isEqualTo(at(241, TimeBase.FILM));
    }

    @Test
    void interlacedPalSequenceWithCompoundClipsAndSpeedRamps() {
        ReadResult r = result("dawfilekit_25i.fcpxml");
        Sequence s = r.sequence().orElseThrow();
        TimeBase pal = TimeBase.PAL;

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_25);
        assertThat(s.videoTracks()).hasSize(2);
        List<Segment> v1 = segments(s, 0);
        assertThat(v1).hasSize(7);
        assertThat(v1.get(0).name()).isEqualTo("Clip 1");
        assertThat(v1.get(0).timelineOut()).isEqualTo(at(85, pal));
        assertThat(v1.get(0).speed()).isEqualTo(Rational.ONE);
        assertThat(v1.get(2).item()).isEqualTo("29.97_CC");
        assertThat(v1.get(3).speed()).isEqualTo(Rational.of(9168210, 4436211));
        assertThat(v1.get(6).timelineIn()).isEqualTo(at(565, pal));
        assertThat(v1.get(6).timelineOut()).isEqualTo(at(738, pal));
        List<Segment> v2 = segments(s, 1);
        assertThat(v2).hasSize(5);
        assertThat(v2.get(0).name()).isEqualTo("Clip 5.1");
        assertThat(v2.get(0).timelineIn()).isEqualTo(at(367, pal));
        assertThat(r.problems()).filteredOn(p -> p.message().startsWith("speed ramp")).hasSize(2);
        assertThat(s.markers()).hasSize(18);
    }

    @Test
    void dropFrameSequenceWithRefClipsAndAConnectedStoryline() {
        ReadResult r = result("dawfilekit_29.97d.fcpxml");
        Sequence s = r.sequence().orElseThrow();

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_29_97_DF);
        assertThat(s.start()).isEqualTo(at(0, NTSC));
        List<Segment> v1 = segments(s, 0);
        assertThat(v1).hasSize(7);
        assertThat(v1.get(0).timelineOut()).isEqualTo(at(103, NTSC));
        assertThat(v1.get(1).sourceIn()).isEqualTo(at(214, NTSC));
        assertThat(v1.get(2).item()).isEqualTo("29.97_CC");
        assertThat(v1.get(2).timelineIn()).isEqualTo(at(209, NTSC));
        assertThat(v1.get(6).timelineIn()).isEqualTo(at(678, NTSC));
        assertThat(v1.get(6).timelineOut()).isEqualTo(at(887, NTSC));
        assertThat(v1.get(6).sourceIn()).isEqualTo(at(2674, NTSC));
        List<Segment> v2 = segments(s, 1);
        assertThat(v2).hasSize(5);
        assertThat(v2.get(0).timelineIn()).isEqualTo(at(442, NTSC));
        assertThat(v2.get(4).timelineIn()).isEqualTo(at(701, NTSC));
        assertThat(r.problems()).filteredOn(p -> p.message().startsWith("speed ramp")).hasSize(2);
        assertThat(s.markers()).hasSize(20);
    }

    @Test
    void hugeDenominatorsGiveAnHourStartAndHiddenMarkersAreReported() {
        ReadResult r = result("dawfilekit_BasicMarkers_1HourProjectStart.fcpxml");
        Sequence s = r.sequence().orElseThrow();

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_29_97_NDF);
        assertThat(s.start()).isEqualTo(at(108000, NTSC));
        assertThat(s.rate().format(s.start())).isEqualTo("01:00:00:00");
        Segment title = segments(s, 0).get(0);
        assertThat(title.item()).isEmpty();
        assertThat(title.effects().get(0).name()).isEqualTo("Basic Title");
        assertThat(title.timelineIn()).isEqualTo(at(0, NTSC));
        assertThat(title.timelineOut()).isEqualTo(at(1919, NTSC));
        assertThat(r.problems())
                .filteredOn(p -> p.message().contains("outside its clip"))
                .hasSize(4);
    }

    @Test
    void connectedTitleInsideATitle() {
        Sequence s = read("dawfilekit_Occlusion2.fcpxml");

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_25);
        assertThat(s.rate().format(s.start())).isEqualTo("00:59:50:00");
        assertThat(s.videoTracks()).hasSize(2);
        assertThat(segments(s, 0).get(0).timelineOut()).isEqualTo(at(126, TimeBase.PAL));
        assertThat(segments(s, 1).get(0).name()).isEqualTo("Basic Title 2");
        assertThat(segments(s, 1).get(0).timelineOut()).isEqualTo(at(8436, TimeBase.PAL));
        assertThat(s.markers()).extracting(Marker::name).contains("Visible on Main Timeline");
        assertThat(s.markers().get(0).position()).isEqualTo(at(275, TimeBase.PAL));
    }

    @Test
    void disabledTitleAndClipStayDisabled() {
        Sequence s = read("dawfilekit_DisabledClips.fcpxml");
        TimeBase film = TimeBase.FILM;

        List<Segment> v1 = segments(s, 0);
        assertThat(v1).extracting(Segment::enabled).containsExactly(true, false, true, false);
        assertThat(v1.get(2).timelineIn()).isEqualTo(at(482, film));
        assertThat(v1.get(2).timelineOut()).isEqualTo(at(10460, film));
        assertThat(v1.get(2).speed()).isEqualTo(Rational.of(1001, 1000));
        assertThat(v1.get(2).sourceOut()).isEqualTo(at(9978, TimeBase.FILM_NTSC));
        assertThat(v1.get(3).timelineOut()).isEqualTo(at(20438, film));
        assertThat(s.markers().get(2).position()).isEqualTo(at(576, film));
    }

    @Test
    void spineTransitionsOverlapTheCutsWithoutMovingClips() {
        Sequence s = read("dawfilekit_TransitionMarkers1.fcpxml");
        TimeBase film = TimeBase.FILM;

        Track v1 = s.tracks().get(0);
        assertThat(v1.segments()).hasSize(3);
        assertThat(v1.segments().get(1).timelineIn()).isEqualTo(at(240, film));
        assertThat(v1.segments().get(2).timelineOut()).isEqualTo(at(720, film));
        assertThat(v1.transitions()).hasSize(4);
        assertThat(v1.transitions())
                .extracting(t -> t.in().samples())
                .containsExactly(0L, 228L, 468L, 696L);
        assertThat(v1.transitions()).allMatch(t -> t.duration().equals(at(24, film)));
        assertThat(s.markers())
                .extracting(Marker::name)
                .containsExactly("Marker 3", "Marker 6", "Marker 9");
    }

    @Test
    void multicamClipsKeepTheirSourceRange() {
        Sequence s = read("dawfilekit_MulticamMarkers.fcpxml");
        TimeBase b = TimeBase.FILM_NTSC;

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_23_976);
        assertThat(s.rate().format(s.start())).isEqualTo("01:00:00:00");
        List<Segment> v1 = segments(s, 0);
        assertThat(v1).hasSize(2);
        assertThat(v1.get(0).item()).isEqualTo("MC");
        assertThat(v1.get(0).timelineOut()).isEqualTo(at(960, b));
        assertThat(v1.get(0).sourceIn()).isEqualTo(at(241, b));
        assertThat(v1.get(1).timelineOut()).isEqualTo(at(1200, b));
        assertThat(s.markers()).hasSize(2);
    }

    @Test
    void projectDirectlyUnderFcpxmlWithLanesAboveAndBelow() {
        Sequence s = read("otio_fcpx_project.fcpxml");
        TimeBase b = TimeBase.NTSC30;

        assertThat(s.name()).isEqualTo("OpenTimeline_Project");
        assertThat(s.rate()).isEqualTo(FrameRate.FPS_30);
        assertThat(s.videoTracks()).hasSize(3);
        assertThat(s.audioTracks()).hasSize(1);
        List<Segment> v1 = segments(s, 0);
        assertThat(v1).hasSize(6);
        assertThat(v1.get(0).item()).isEqualTo("IMG_0715");
        assertThat(v1.get(0).timelineOut()).isEqualTo(at(300, b));
        assertThat(v1.get(5).item()).isEqualTo("compound_clip_1");
        assertThat(v1.get(5).timelineIn()).isEqualTo(at(4200, b));
        assertThat(s.videoTracks().get(0).transitions().get(0).in()).isEqualTo(at(285, b));
        assertThat(s.videoTracks().get(0).transitions().get(0).duration()).isEqualTo(at(30, b));
        assertThat(s.videoTracks().get(1).transitions()).hasSize(2);
        assertThat(segments(s, 2).get(0).timelineIn()).isEqualTo(at(1937, b));
        List<Segment> a1 = s.audioTracks().get(0).segments();
        assertThat(a1).hasSize(6);
        assertThat(a1.get(1).timelineIn().seconds()).isEqualTo(Rational.of(3776909, 180000));
        assertThat(s.duration().seconds()).isEqualTo(Rational.of(21602243, 144000));
    }

    @Test
    void eventClipsWithoutAProjectAreNoSequence() {
        ReadResult r = result("otio_fcpx_clips.fcpxml");

        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems().get(0).message())
                .isEqualTo(
                        "no sequence in this file: it holds 3 clips and 1 compound clip but no"
                                + " project");
    }

    @Test
    void chapterAndToDoMarkersKeepTheirKind() {
        String xml =
                "<fcpxml version=\"1.9\"><resources><format id=\"r1\" frameDuration=\"1/25s\"/>"
                        + "</resources><project name=\"p\"><sequence format=\"r1\" tcStart=\"0s\">"
                        + "<spine><gap offset=\"0s\" duration=\"10s\">"
                        + "<chapter-marker start=\"1s\" duration=\"1/25s\" value=\"Ch\"/>"
                        + "<marker start=\"2s\" duration=\"1/25s\" value=\"Do\" completed=\"0\"/>"
                        + "</gap></spine></sequence></project></fcpxml>";

        Sequence s =
                reader.read(xml.getBytes(StandardCharsets.UTF_8), "m").sequence().orElseThrow();

        assertThat(s.tracks()).isEmpty();
        assertThat(s.markers()).extracting(Marker::color).containsExactly("orange", "red");
        assertThat(s.markers().get(0).position()).isEqualTo(at(25, TimeBase.PAL));
    }
}

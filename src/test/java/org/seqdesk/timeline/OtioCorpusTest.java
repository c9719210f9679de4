package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every OpenTimelineIO file of the corpus, with values worked out by hand from each file. */
class OtioCorpusTest {
    private static final TimeBase F24 = TimeBase.FILM;

    private static ReadResult result(String name) {
        return new OtioReader().read(Corpus.bytes("otio/" + name), name);
    }

    private static Sequence read(String name) {
        return Corpus.read(new OtioReader(), "otio/" + name);
    }

    private static TimeCode f(long frames) {
        return TimeCode.of(frames, F24);
    }

    @Test
    void transitionTestKeepsTransitionsAtBothEndsOfTheTrack() {
        ReadResult r = result("otio_transition_test.otio");
        Track t = r.sequence().orElseThrow().tracks().get(0);

        assertThat(t.name()).isEqualTo("Sequence1");
        assertThat(t.segments()).extracting(Segment::name).containsExactly("A", "B", "C");
        assertThat(t.segments().get(2).timelineIn()).isEqualTo(f(100));
        assertThat(t.segments().get(2).timelineOut()).isEqualTo(f(150));
        assertThat(t.transitions()).extracting(Transition::name).containsExactly("t0", "t1", "t3");
        // each 10 frames either side of its cut: at 0, at 50 and at the track end 150
        assertThat(t.transitions().get(0).in()).isEqualTo(f(-10));
        assertThat(t.transitions().get(1).in()).isEqualTo(f(40));
        assertThat(t.transitions().get(1).duration()).isEqualTo(f(20));
        assertThat(t.transitions().get(2).out()).isEqualTo(f(160));
        assertThat(r.problems()).anyMatch(p -> p.message().contains("before the track"));
    }

    @Test
    void clipExampleReadsAnAsymmetricTransitionIntoAGap() {
        Track t = read("otio_clip_example.otio").tracks().get(0);

        assertThat(t.segments()).hasSize(1);
        Segment clip = t.segments().get(0);
        assertThat(clip.name()).isEqualTo("Clip-001");
        assertThat(clip.timelineIn()).isEqualTo(f(8)); // after the 8-frame Gap A
        assertThat(clip.sourceIn()).isEqualTo(f(3));
        assertThat(clip.duration()).isEqualTo(f(3));
        Transition d = t.transitions().get(0);
        assertThat(d.name()).isEqualTo("Dissolve");
        assertThat(d.in()).isEqualTo(f(9)); // cut at 11, in offset 2
        assertThat(d.out()).isEqualTo(f(12)); // out offset 1
    }

    @Test
    void nestedExampleFlattensStacksAndReadsTheirTimeEffects() {
        ReadResult r = result("otio_nested_example.otio");
        Sequence s = r.sequence().orElseThrow();
        Track t = s.tracks().get(0);

        assertThat(s.name()).isEqualTo("My Timeline");
        assertThat(t.segments())
                .extracting(Segment::name)
                .containsExactly(
                        "Normal Clip 1",
                        "Clip Inside A Stack 1",
                        "Normal Clip 2",
                        "Clip Inside A Stack 2",
                        "Normal Clip 3",
                        "Clip Inside A Track",
                        "Normal Clip 4");
        // 238 + 31 + 33 + 29 + 63 + 4 before the last clip
        assertThat(t.segments().get(6).timelineIn()).isEqualTo(f(398));
        assertThat(t.segments().get(6).timelineOut()).isEqualTo(f(636));
        assertThat(t.segments().get(1).sourceIn()).isEqualTo(f(373));
        assertThat(t.segments().get(3).speed())
                .isEqualTo(Rational.of(47, 55)); // 0.8545454551724138
        assertThat(t.segments().get(5).speed()).isEqualTo(Rational.ZERO);
        assertThat(t.segments().get(5).duration()).isEqualTo(f(1));
        assertThat(r.problems()).filteredOn(p -> p.message().contains("flattened")).hasSize(3);
    }

    @Test
    void screeningExampleIsOffsetByItsTrackRangeAndKeepsColouredMarkers() {
        ReadResult r = result("otio_screening_example.otio");
        Sequence s = r.sequence().orElseThrow();
        Track v = s.tracks().get(0);

        assertThat(v.segments()).hasSize(9);
        Segment first = v.segments().get(0);
        assertThat(first.name()).isEqualTo("ZZ100_501 (LAY3)");
        assertThat(first.item()).isEqualTo("ZZ100_50"); // cmx_3600 reel
        assertThat(first.source()).isEqualTo("ZZ100_501.LAY3.01");
        assertThat(first.sourceIn()).isEqualTo(f(86501));
        assertThat(first.timelineIn()).isEqualTo(f(86243)); // track range starts at -86243
        assertThat(v.segments().get(8).timelineOut()).isEqualTo(f(86243 + 1049));
        assertThat(s.markers()).extracting(Marker::color).containsExactly("RED", "PINK", "GREEN");
        // marker ranges count in the clip's source time: 86352 + (86438 - 86641)
        assertThat(s.markers().get(0).position()).isEqualTo(f(86149));
        assertThat(s.markers().get(0).duration()).isEqualTo(TimeCode.zero(TimeBase.SECONDS));
        assertThat(r.problems()).anyMatch(p -> p.message().contains("marker lies outside"));
    }

    @Test
    void generatorReferenceTestReadsTheLegacySequenceSchema() {
        Sequence s = read("otio_generator_reference_test.otio");
        Track t = s.tracks().get(0);

        assertThat(t.kind()).isEqualTo(TrackKind.VIDEO);
        assertThat(t.segments()).hasSize(1);
        assertThat(t.segments().get(0).source()).isEqualTo("generator:SMPTEBars");
        assertThat(t.segments().get(0).duration()).isEqualTo(f(50));
    }

    @Test
    void bigIntFileIsReadDespiteInfNanAndHugeIntegers() {
        ReadResult r = result("otio_big_int.otio");
        Segment s = r.sequence().orElseThrow().tracks().get(0).segments().get(0);

        assertThat(s.name()).isEqualTo("black");
        assertThat(s.item()).isEqualTo("black.mov");
        assertThat(s.sourceIn()).isEqualTo(f(1));
        assertThat(s.duration()).isEqualTo(f(24));
    }

    @Test
    void emptyTimelineWithANonAsciiNameReads() {
        Sequence s = read("otio_大平原.otio");

        assertThat(s.name()).isEqualTo("大平原");
        assertThat(s.tracks()).isEmpty();
    }

    @Test
    void kdenliveTransitionsAreAsymmetricAndEmptyTracksStay() {
        Sequence s = read("kdenlive_test-transitions.otio");

        assertThat(s.tracks())
                .extracting(Track::kind)
                .containsExactly(
                        TrackKind.VIDEO, TrackKind.VIDEO, TrackKind.AUDIO, TrackKind.AUDIO);
        Track v = s.tracks().get(0);
        assertThat(v.segments())
                .extracting(Segment::source)
                .containsExactly("red.png", "yellow.png", "blue.png");
        assertThat(v.segments().get(2).timelineOut()).isEqualTo(f(72));
        assertThat(v.transitions().get(0).in()).isEqualTo(f(12)); // cut 24, in offset 12
        assertThat(v.transitions().get(0).out()).isEqualTo(f(28)); // out offset 4
        assertThat(v.transitions().get(1).in()).isEqualTo(f(44)); // cut 48, in offset 4
        assertThat(v.transitions().get(1).out()).isEqualTo(f(60)); // out offset 12
        assertThat(s.tracks().get(1).segments()).isEmpty();
    }

    @Test
    void kdenliveMissingMediaSurvivesRateZeroRanges() {
        ReadResult r = result("kdenlive_test-missing-media2.otio");
        Track v = r.sequence().orElseThrow().tracks().get(0);

        assertThat(v.segments()).extracting(Segment::item).containsExactly("red.png", "yellow.png");
        assertThat(v.segments()).extracting(Segment::source).containsExactly("", "");
        assertThat(v.segments().get(1).timelineIn()).isEqualTo(f(24));
        assertThat(v.segments().get(1).timelineOut()).isEqualTo(f(48));
    }

    @Test
    void everyCorpusTimelineSurvivesAnOtioRoundTrip() {
        for (String name :
                List.of(
                        "otio_transition_test.otio",
                        "otio_clip_example.otio",
                        "otio_nested_example.otio",
                        "otio_screening_example.otio",
                        "otio_generator_reference_test.otio",
                        "otio_big_int.otio",
                        "otio_大平原.otio",
                        "kdenlive_test-transitions.otio",
                        "kdenlive_test-missing-media2.otio")) {
            Sequence s = read(name);
            WriteResult w = new OtioWriter().write(s);
            Sequence back = new OtioReader().read(w.content(), name).sequence().orElseThrow();

            assertThat(back).as(name).isEqualTo(s);
        }
    }
}

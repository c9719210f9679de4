package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sequence built here goes out to FCP 7 XML and FCPXML and comes back with the same frames. */
class FinalCutRoundTripTest {
    private static final TimeBase NTSC = TimeBase.NTSC;

    private static TimeCode f(long frames) {
        return TimeCode.of(frames, NTSC);
    }

    private static Segment clip(String item, long in, long out, long srcIn, Rational speed) {
        long srcOut = srcIn + speed.abs().times(out - in).round();
        return new Segment(
                item,
                item + " clip",
                1,
                f(in),
                f(out),
                f(srcIn),
                f(srcOut),
                speed,
                List.of(),
                "file:///media/" + item + ".mov",
                true);
    }

    /** Holds what FCP 7 and FCPXML can both carry exactly. */
    static Sequence exactSequence() {
        Segment a = clip("A001", 0, 120, 1000, Rational.ONE);
        Segment b = clip("B002", 120, 300, 48, Rational.ONE);
        Segment slow = clip("C003", 300, 420, 200, Rational.of(1, 2));
        Segment reverse = clip("D004", 450, 510, 900, Rational.of(-1));
        Segment disabled =
                new Segment(
                        "E005",
                        "off",
                        1,
                        f(510),
                        f(600),
                        f(10),
                        f(100),
                        Rational.ONE,
                        null,
                        "",
                        false);
        Segment halfRate =
                new Segment(
                        "F006",
                        "half-rate source",
                        1,
                        f(0),
                        f(60),
                        TimeCode.of(10, TimeBase.ofRate(15000, 1001)),
                        TimeCode.of(40, TimeBase.ofRate(15000, 1001)),
                        Rational.ONE,
                        null,
                        "",
                        true);
        Transition dissolve = new Transition("Cross Dissolve", f(105), f(135), null);
        Track v1 =
                new Track(
                        TrackKind.VIDEO,
                        "",
                        true,
                        List.of(a, b, slow, reverse, disabled),
                        List.of(dissolve));
        Marker marker = new Marker("check", "the cut", f(120), f(0), "");
        return new Sequence(
                "",
                "round trip",
                FrameRate.FPS_29_97_DF,
                f(107892),
                List.of(v1, Track.of(TrackKind.VIDEO, List.of(halfRate)), audio(1), audio(2)),
                List.of(marker),
                Map.of());
    }

    /** A stereo source's channel on its own audio track. */
    private static Track audio(int channel) {
        Segment s =
                new Segment(
                        "A001",
                        "ch" + channel,
                        channel,
                        f(0),
                        f(300),
                        f(1000),
                        f(1300),
                        Rational.ONE,
                        null,
                        "",
                        true);
        return Track.of(TrackKind.AUDIO, List.of(s));
    }

    static void assertSameFrames(Sequence expected, Sequence actual) {
        assertThat(actual.rate()).isEqualTo(expected.rate());
        assertThat(actual.start().sameInstant(expected.start())).isTrue();
        assertThat(actual.videoTracks()).hasSameSizeAs(expected.videoTracks());
        assertThat(actual.audioTracks()).hasSameSizeAs(expected.audioTracks());
        for (int t = 0; t < expected.tracks().size(); t++) {
            Track e = expected.tracks().get(t);
            Track a = actual.tracks().get(t);
            assertThat(a.kind()).isEqualTo(e.kind());
            assertThat(a.segments()).hasSameSizeAs(e.segments());
            for (int i = 0; i < e.segments().size(); i++) {
                assertSameSegment(e.segments().get(i), a.segments().get(i));
            }
            assertThat(a.transitions()).hasSameSizeAs(e.transitions());
            for (int i = 0; i < e.transitions().size(); i++) {
                assertThat(a.transitions().get(i).in().sameInstant(e.transitions().get(i).in()))
                        .isTrue();
                assertThat(a.transitions().get(i).out().sameInstant(e.transitions().get(i).out()))
                        .isTrue();
            }
        }
    }

    private static void assertSameSegment(Segment e, Segment a) {
        String what = e.item() + " " + e.timelineIn();
        assertThat(a.item()).as(what).isEqualTo(e.item());
        assertThat(a.enabled()).as(what).isEqualTo(e.enabled());
        assertThat(a.speed()).as(what).isEqualTo(e.speed());
        assertThat(a.sourceTrack()).as(what).isEqualTo(e.sourceTrack());
        assertThat(a.timelineIn().sameInstant(e.timelineIn())).as(what).isTrue();
        assertThat(a.timelineOut().sameInstant(e.timelineOut())).as(what).isTrue();
        assertThat(a.sourceIn().sameInstant(e.sourceIn())).as(what + " " + a.sourceIn()).isTrue();
        assertThat(a.sourceOut().sameInstant(e.sourceOut()))
                .as(what + " " + a.sourceOut())
                .isTrue();
    }

    @Test
    void finalCut7KeepsEveryFrameOfAnExactSequence() {
        Sequence original = exactSequence();
        WriteResult written = new FinalCutXmlWriter().write(original);
        ReadResult back = new FinalCutXmlReader().read(written.content(), "round trip");

        assertThat(written.losses()).isEmpty();
        assertThat(back.problems()).isEmpty();
        // the dissolve is written the FCP 7 way: both clips reach through it, edges -1
        assertThat(written.text())
                .contains("<alignment>center</alignment>")
                .contains("<end>-1</end>")
                .contains("<start>-1</start>");
        Sequence read = back.sequence().orElseThrow();
        assertSameFrames(original, read);
        assertThat(read.name()).isEqualTo("round trip");
        assertThat(read.rate().format(read.start())).isEqualTo("01:00:00;00");
        assertThat(read.markers()).hasSize(1);
        assertThat(read.markers().get(0).position()).isEqualTo(f(120));
        assertThat(read.videoTracks().get(0).segments().get(0).source())
                .isEqualTo("file:///media/A001.mov");
    }

    @Test
    void finalCut7ReportsSpeedsAndSampleTimesItCannotHold() {
        Segment third = clip("G007", 0, 90, 0, Rational.of(1, 3));
        Segment audio =
                new Segment(
                        "H008",
                        "",
                        1,
                        f(0),
                        f(30),
                        TimeCode.of(1, TimeBase.AUDIO_48K),
                        TimeCode.of(48049, TimeBase.AUDIO_48K),
                        Rational.ONE,
                        null,
                        "",
                        true);
        Segment blurred =
                new Segment(
                        "I009",
                        "",
                        1,
                        f(90),
                        f(100),
                        f(0),
                        f(10),
                        Rational.ONE,
                        List.of(new Effect("Gaussian Blur", null)),
                        "",
                        true);
        Sequence s =
                new Sequence(
                        "",
                        "lossy",
                        FrameRate.FPS_29_97_NDF,
                        null,
                        List.of(
                                Track.of(TrackKind.VIDEO, List.of(third, blurred)),
                                Track.of(TrackKind.AUDIO, List.of(audio))),
                        null,
                        null);

        WriteResult written = new FinalCutXmlWriter().write(s);

        assertThat(written.losses())
                .anyMatch(p -> p.message().contains("no exact decimal percentage"))
                .anyMatch(p -> p.message().contains("not on the frame grid"))
                .anyMatch(p -> p.message().contains("Gaussian Blur"));
        assertThat(new FinalCutXmlReader().read(written.content(), "lossy").sequence()).isPresent();
    }

    @Test
    void generatorsSurviveFinalCut7() {
        Segment bars =
                new Segment(
                        "",
                        "Bars",
                        1,
                        f(0),
                        f(48),
                        f(0),
                        f(48),
                        Rational.ONE,
                        List.of(new Effect("Bars and Tone", null)),
                        "",
                        true);
        Sequence s =
                new Sequence(
                        "",
                        "gen",
                        FrameRate.FPS_29_97_NDF,
                        null,
                        List.of(Track.of(TrackKind.VIDEO, List.of(bars))),
                        null,
                        null);

        WriteResult written = new FinalCutXmlWriter().write(s);
        Segment back =
                new FinalCutXmlReader()
                        .read(written.content(), "gen")
                        .sequence()
                        .orElseThrow()
                        .tracks()
                        .get(0)
                        .segments()
                        .get(0);

        assertThat(written.losses()).isEmpty();
        assertThat(back.item()).isEmpty();
        assertThat(back.effects()).extracting(Effect::name).containsExactly("Bars and Tone");
        assertThat(back.timelineOut()).isEqualTo(f(48));
    }

    @Test
    void finalCutXKeepsEveryFrameOfAnExactSequence() {
        Sequence original = exactSequence();
        WriteResult written = new FinalCutXWriter().write(original);
        ReadResult back = new FinalCutXReader().read(written.content(), "round trip");

        assertThat(written.losses()).isEmpty();
        assertThat(back.problems()).isEmpty();
        Sequence read = back.sequence().orElseThrow();
        assertSameFrames(original, read);
        assertThat(read.name()).isEqualTo("round trip");
        assertThat(read.rate().format(read.start())).isEqualTo("01:00:00;00");
        assertThat(read.markers()).hasSize(1);
        assertThat(read.markers().get(0).position()).isEqualTo(f(120));
        assertThat(read.videoTracks().get(0).segments().get(0).source())
                .isEqualTo("file:///media/A001.mov");
    }

    @Test
    void finalCutXKeepsSampleAccurateAudioAndReportsWhatItCannotHold() {
        Segment audio =
                new Segment(
                        "H008",
                        "",
                        2,
                        f(0),
                        f(30),
                        TimeCode.of(1, TimeBase.AUDIO_48K),
                        TimeCode.of(48049, TimeBase.AUDIO_48K),
                        Rational.ONE,
                        null,
                        "",
                        true);
        Segment blurred =
                new Segment(
                        "I009",
                        "",
                        1,
                        f(0),
                        f(30),
                        f(0),
                        f(30),
                        Rational.ONE,
                        List.of(new Effect("Gaussian Blur", null)),
                        "",
                        true);
        Transition onAudio = new Transition("Cross Fade", f(10), f(20), null);
        Sequence s =
                new Sequence(
                        "",
                        "lossy",
                        FrameRate.FPS_29_97_NDF,
                        null,
                        List.of(
                                Track.of(TrackKind.VIDEO, List.of(blurred)),
                                new Track(
                                        TrackKind.AUDIO,
                                        "",
                                        false,
                                        List.of(audio),
                                        List.of(onAudio))),
                        null,
                        null);

        WriteResult written = new FinalCutXWriter().write(s);
        Sequence back =
                new FinalCutXReader().read(written.content(), "lossy").sequence().orElseThrow();

        assertThat(written.losses())
                .anyMatch(p -> p.message().contains("Gaussian Blur"))
                .anyMatch(p -> p.message().contains("transition(s) not written"))
                .anyMatch(p -> p.message().contains("no disabled tracks"));
        Segment a1 = back.audioTracks().get(0).segments().get(0);
        assertThat(a1.sourceIn()).isEqualTo(TimeCode.of(1, TimeBase.AUDIO_48K));
        assertThat(a1.sourceOut()).isEqualTo(TimeCode.of(48049, TimeBase.AUDIO_48K));
        assertThat(a1.sourceTrack()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "fcp7/otio_hiero_xml_export.xml",
                "premiere/otio_premiere_example.xml",
                "premiere/otio_premiere_generators.xml",
                "premiere/otio_premiere_enable_property.xml"
            })
    void corpusFilesSurviveFinalCut7OutAndBack(String file) {
        Sequence original =
                new FinalCutXmlReader()
                        .read(FinalCutXmlCorpusTest.corpus(file), file)
                        .sequence()
                        .orElseThrow();

        WriteResult written = new FinalCutXmlWriter().write(original);
        Sequence back =
                new FinalCutXmlReader().read(written.content(), file).sequence().orElseThrow();

        assertSameFrames(original, back);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dawfilekit_24With25Media.fcpxml",
                "dawfilekit_29.97d.fcpxml",
                "dawfilekit_DisabledClips.fcpxml",
                "dawfilekit_TransitionMarkers1.fcpxml",
                "dawfilekit_MulticamMarkers.fcpxml",
                "otio_fcpx_project.fcpxml"
            })
    void corpusFilesSurviveFinalCutXOutAndBack(String file) {
        Sequence original =
                new FinalCutXReader()
                        .read(FinalCutXmlCorpusTest.corpus("fcpx/" + file), file)
                        .sequence()
                        .orElseThrow();

        WriteResult written = new FinalCutXWriter().write(original);
        Sequence back =
                new FinalCutXReader().read(written.content(), file).sequence().orElseThrow();

        assertSameFrames(original, back);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dawfilekit_24With25Media.fcpxml",
                "dawfilekit_TransitionMarkers1.fcpxml",
                "dawfilekit_DisabledClips.fcpxml",
                "dawfilekit_MulticamMarkers.fcpxml"
            })
    void finalCutXFilesCrossToFinalCut7WithTheirFrames(String file) {
        Sequence original =
                new FinalCutXReader()
                        .read(FinalCutXmlCorpusTest.corpus("fcpx/" + file), file)
                        .sequence()
                        .orElseThrow();

        WriteResult written = new FinalCutXmlWriter().write(original);
        ReadResult back = new FinalCutXmlReader().read(written.content(), file);

        assertThat(back.problems()).isEmpty();
        assertSameFrames(original, back.sequence().orElseThrow());
    }

    @Test
    void aSpeedThatDisagreesWithItsSourceRangeIsReportedByFinalCutX() {
        Sequence hiero =
                new FinalCutXmlReader()
                        .read(FinalCutXmlCorpusTest.corpus("fcp7/otio_hiero_xml_export.xml"), "h")
                        .sequence()
                        .orElseThrow();

        WriteResult written = new FinalCutXWriter().write(hiero);
        Sequence back = new FinalCutXReader().read(written.content(), "h").sequence().orElseThrow();

        assertThat(written.losses())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("speed 1/4 disagrees"));
        Segment slash = back.tracks().get(0).segments().get(1);
        assertThat(slash.sourceIn()).isEqualTo(TimeCode.of(326400, TimeBase.FILM));
        assertThat(slash.sourceOut()).isEqualTo(TimeCode.of(326639, TimeBase.FILM));
    }
}

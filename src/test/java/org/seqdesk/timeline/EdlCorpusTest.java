package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every EDL of the corpus, with values worked out by hand from each file. */
class EdlCorpusTest {
    private static final TimeBase F24 = TimeBase.FILM;

    private static ReadResult result(String name) {
        return new EdlReader().read(Corpus.bytes("edl/" + name), name);
    }

    private static Sequence read(String name) {
        return Corpus.read(new EdlReader(), "edl/" + name);
    }

    private static Track only(Sequence s) {
        assertThat(s.tracks()).hasSize(1);
        return s.tracks().get(0);
    }

    private static Segment first(Track t) {
        return t.segments().get(0);
    }

    private static Segment last(Track t) {
        return t.segments().get(t.segments().size() - 1);
    }

    @Test
    void dissolveTest3KeepsTheCrossDissolveAfterTheSecondFcmLine() {
        Sequence s = read("otio_dissolve_test_3.edl");
        Track v = only(s);

        assertThat(s.name()).isEqualTo("dissolve test 3");
        assertThat(s.rate()).isEqualTo(FrameRate.FPS_24);
        assertThat(Corpus.record(s, TimeCode.zero(F24))).isEqualTo("01:00:00:00");
        assertThat(v.segments())
                .extracting(Segment::name)
                .containsExactly("Clip_A.mov", "Clip_C.mov", "Clip_D.mov");
        assertThat(first(v).timelineOut()).isEqualTo(TimeCode.of(61, F24)); // 01:00:02:13
        assertThat(last(v).timelineIn()).isEqualTo(TimeCode.of(91, F24)); // 01:00:03:19
        assertThat(last(v).timelineOut()).isEqualTo(TimeCode.of(137, F24)); // 01:00:05:17
        Transition t = v.transitions().get(0);
        assertThat(v.transitions()).hasSize(1);
        assertThat(t.name()).isEqualTo("CROSS DISSOLVE");
        assertThat(t.in()).isEqualTo(TimeCode.of(61, F24));
        assertThat(t.duration()).isEqualTo(TimeCode.of(30, F24));
        assertThat(v.segments().get(1).sourceIn()).isEqualTo(F24timecode("01:00:33:22"));
    }

    private static TimeCode F24timecode(String tc) {
        return FrameRate.FPS_24.parseTime(tc);
    }

    @Test
    void dissolveTest4ChainsTwoDissolvesThroughTheMiddleClip() {
        Sequence s = read("otio_dissolve_test_4.edl");
        Track v = only(s);

        assertThat(s.name()).isEqualTo("TRANSITION_TEST_2");
        assertThat(v.segments()).hasSize(6);
        assertThat(first(v).item()).isEqualTo("ABC0000.");
        assertThat(Corpus.record(s, first(v).timelineIn())).isEqualTo("01:04:11:17");
        assertThat(first(v).timelineIn()).isEqualTo(TimeCode.of(6041, F24));
        assertThat(last(v).item()).isEqualTo("ABC0050.");
        assertThat(Corpus.record(s, last(v).timelineOut())).isEqualTo("01:04:31:14");
        assertThat(v.transitions())
                .extracting(tr -> tr.duration().samples())
                .containsExactly(35L, 64L);
        assertThat(Corpus.record(s, v.transitions().get(0).in())).isEqualTo("01:04:15:02");
        assertThat(Corpus.record(s, v.transitions().get(1).in())).isEqualTo("01:04:18:11");
        assertThat(v.gaps()).isEmpty();
    }

    @Test
    void gapTestKeepsTheHolesAndReadsNamesWithoutAStar() {
        Sequence s = read("otio_gap_test.edl");
        Track v = only(s);

        assertThat(v.segments())
                .extracting(Segment::name)
                .containsExactly("shot1", "shot2", "shot3");
        assertThat(first(v).sourceIn()).isEqualTo(TimeCode.of(14400, F24)); // 00:10:00:00
        assertThat(v.segments().get(1).sourceIn()).isEqualTo(F24timecode("23:00:00:00"));
        assertThat(v.gaps()).hasSize(2);
        assertThat(v.gaps().get(0)).containsExactly(TimeCode.of(24, F24), TimeCode.of(40, F24));
        assertThat(v.gaps().get(1)).containsExactly(TimeCode.of(64, F24), TimeCode.of(102, F24));
        assertThat(last(v).timelineOut()).isEqualTo(TimeCode.of(126, F24)); // 00:00:05:06
    }

    @Test
    void multiAudioSpreadsAaAndAud3OverThreeAudioTracks() {
        Sequence s = read("otio_multi_audio.edl");

        assertThat(s.videoTracks()).isEmpty();
        assertThat(s.audioTracks()).extracting(Track::name).containsExactly("A1", "A2", "A3");
        for (Track t : s.audioTracks()) {
            assertThat(t.segments()).hasSize(1);
            assertThat(first(t).timelineOut()).isEqualTo(TimeCode.of(81982, F24)); // 00:56:55:22
        }
        assertThat(s.audioTracks().get(2).segments().get(0).sourceTrack()).isEqualTo(3);
    }

    @Test
    void noSpacesTestReadsStarlessCommentsLocMarkersAndSourceFiles() {
        Sequence s = read("otio_no_spaces_test.edl");
        Track v = only(s);

        assertThat(v.segments()).hasSize(9);
        assertThat(Corpus.record(s, first(v).timelineIn())).isEqualTo("00:59:53:11");
        assertThat(first(v).name()).isEqualTo("ZZ100_501 (LAY3)");
        assertThat(first(v).source()).isEqualTo("ZZ100_501.LAY3.01");
        assertThat(Corpus.record(s, last(v).timelineOut())).isEqualTo("01:00:37:04");
        assertThat(last(v).effects()).extracting(Effect::name).containsExactly("RESIZE");
        assertThat(s.markers()).extracting(Marker::color).containsExactly("RED", "PINK", "GREEN");
        assertThat(s.markers())
                .extracting(Marker::name)
                .containsExactly("ANIM FIX NEEDED", "ANIM FIX NEEDED", "");
        assertThat(Corpus.record(s, s.markers().get(0).position())).isEqualTo("01:00:01:14");
        assertThat(Corpus.record(s, s.markers().get(2).position())).isEqualTo("01:00:15:13");
    }

    @Test
    void speedEffectsReadFreezeFramesAndADecimalRetimeExactly() {
        Sequence s = read("otio_speed_effects_small.edl");
        Track v = only(s);

        assertThat(v.segments())
                .extracting(Segment::speed)
                .containsExactly(
                        Rational.ONE,
                        Rational.ZERO,
                        Rational.ZERO,
                        Rational.ONE,
                        Rational.of(476, 240)); // 047.6 fps at 24
        assertThat(first(v).timelineOut()).isEqualTo(TimeCode.of(126, F24)); // 01:00:05:06
        assertThat(Corpus.record(s, last(v).timelineIn())).isEqualTo("01:11:31:16");
        assertThat(Corpus.record(s, last(v).timelineOut())).isEqualTo("01:11:33:04");
        assertThat(v.segments().get(1).duration()).isEqualTo(TimeCode.of(17, F24));
    }

    @Test
    void timecodeMismatchIsReadAt25WithTheLengthDifferenceReported() {
        ReadResult r = result("otio_timecode_mismatch.edl");
        Sequence s = r.sequence().orElseThrow();
        Track v = only(s);
        TimeBase pal = TimeBase.PAL;

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_25);
        assertThat(v.segments()).hasSize(20);
        assertThat(first(v).timelineOut()).isEqualTo(TimeCode.of(161, pal)); // 00:00:06:11
        assertThat(last(v).timelineIn()).isEqualTo(TimeCode.of(1726, pal)); // 00:01:09:01
        assertThat(last(v).timelineOut()).isEqualTo(TimeCode.of(1789, pal)); // 00:01:11:14
        assertThat(r.problems())
                .anyMatch(
                        p ->
                                p.location().equals("line 13")
                                        && p.message()
                                                .contains(
                                                        "49 frames differs from record length 47"));
        assertThat(v.gaps().get(0)).containsExactly(TimeCode.of(494, pal), TimeCode.of(496, pal));
    }

    @Test
    void wipeTestKeepsTheSmpteWipeCode() {
        Sequence s = read("otio_wipe_test.edl");
        Track v = only(s);

        assertThat(v.segments())
                .extracting(Segment::name)
                .containsExactly("clip_A", "clip_B", "clip_B");
        Transition w = v.transitions().get(0);
        assertThat(w.wipe()).isEqualTo(1);
        assertThat(w.in()).isEqualTo(TimeCode.of(9, F24)); // 01:00:00:09
        assertThat(w.duration()).isEqualTo(TimeCode.of(10, F24));
        assertThat(last(v).timelineOut()).isEqualTo(TimeCode.of(20, F24));
    }

    @Test
    void issue14ReadsThirtyCharacterReelsAndTheirSpeedLine() {
        Sequence s = read("pycmx_ISSUE_14_conform_edl_issue_01.edl");
        Track v = only(s);

        assertThat(v.segments())
                .extracting(Segment::item)
                .containsExactly(
                        "C_0022C003_241016_092821_h1F4X",
                        "B_0020C009_241003_214837_h1C2T",
                        "B_0088C002_241125_144410_h1C2T");
        assertThat(first(v).timelineIn()).isEqualTo(TimeCode.of(164, F24)); // 01:00:06:20
        assertThat(last(v).speed()).isEqualTo(Rational.of(317, 240)); // 031.7 fps at 24
        assertThat(Corpus.record(s, last(v).timelineOut())).isEqualTo("01:01:42:14");
    }

    @Test
    void issue19ReadsFourDigitEventsWithoutFcm() {
        Sequence s = read("pycmx_ISSUE_19_unusual01.edl");
        Track v = only(s);

        assertThat(v.segments()).hasSize(38);
        assertThat(first(v).item()).isEqualTo("Z125C001_220217_ROLX");
        assertThat(first(v).timelineOut()).isEqualTo(TimeCode.of(102, F24)); // 00:00:04:06
        assertThat(last(v).timelineIn()).isEqualTo(TimeCode.of(4053, F24)); // 00:02:48:21
        assertThat(last(v).timelineOut()).isEqualTo(TimeCode.of(4113, F24)); // 00:02:51:09
        assertThat(v.gaps()).isEmpty();
        assertThat(v.transitions()).isEmpty();
    }

    @Test
    void avidAudioEdlSpreadsOverEightAudioTracksWithTwoFrameDissolves() {
        Sequence s = read("pycmx_TEST.edl");

        assertThat(s.videoTracks()).isEmpty();
        assertThat(s.audioTracks())
                .extracting(Track::name)
                .containsExactly("A1", "A2", "A5", "A7", "A8", "A10", "A11", "A12");
        assertThat(s.audioTracks())
                .extracting(t -> t.segments().size())
                .containsExactly(34, 11, 1, 25, 4, 9, 13, 23);
        assertThat(s.audioTracks())
                .extracting(t -> t.transitions().size())
                .containsExactly(7, 1, 0, 6, 1, 5, 3, 5);
        Track a1 = s.audioTracks().get(0);
        assertThat(a1.transitions().get(0).duration()).isEqualTo(TimeCode.of(2, F24));
        // 001 OY_HEAD_ A2 from 01:00:00:00 to 01:00:08:00 with a zero-length source
        Segment head = s.audioTracks().get(1).segments().get(0);
        assertThat(head.item()).isEqualTo("OY_HEAD_");
        assertThat(head.timelineOut()).isEqualTo(TimeCode.of(192, F24));
        assertThat(head.sourceOut()).isEqualTo(TimeCode.of(192, F24));
        Segment tail = last(s.audioTracks().get(1));
        assertThat(tail.item()).isEqualTo("OY_TAIL_");
        assertThat(Corpus.record(s, tail.timelineOut())).isEqualTo("01:16:55:17");
    }

    @Test
    void longVideoEdlReadsReverseAndRetimedClips() {
        Sequence s = read("pycmx_ToD_R4_LOCK3.1_030618_Video.edl");
        Track v = only(s);

        assertThat(v.segments()).hasSize(376);
        assertThat(Corpus.record(s, TimeCode.zero(F24))).isEqualTo("04:00:00:00");
        assertThat(first(v).item()).isEqualTo("START_LE");
        assertThat(first(v).timelineOut()).isEqualTo(TimeCode.of(192, F24));
        assertThat(Corpus.record(s, last(v).timelineIn())).isEqualTo("04:20:10:01");
        assertThat(Corpus.record(s, last(v).timelineOut())).isEqualTo("04:20:12:01");
        Segment reverse = v.segments().get(13); // event 014
        assertThat(reverse.item()).isEqualTo("D004C005");
        assertThat(reverse.name()).isEqualTo("•92PT-5*");
        assertThat(reverse.speed()).isEqualTo(Rational.of(-1));
        assertThat(reverse.duration()).isEqualTo(TimeCode.of(90, F24));
        assertThat(v.segments().get(153).speed()).isEqualTo(Rational.of(5, 4)); // 154: 030.0
        assertThat(v.segments().get(198).speed()).isEqualTo(Rational.of(3, 4)); // 199: 018.0
    }

    @Test
    void cdlExampleReadsASixDigitEventAndItsColourDecision() {
        Sequence s = read("pycmx_cdl_frmc_example01.edl");
        Segment seg = first(only(s));

        assertThat(seg.item()).isEqualTo("C004C008_240813ZW");
        assertThat(seg.name()).isEqualTo("QTLF_101_010_113_BG_01_V001");
        assertThat(seg.timelineOut()).isEqualTo(TimeCode.of(102, F24)); // 01:00:04:06
        assertThat(seg.sourceIn()).isEqualTo(F24timecode("14:41:59:15"));
        assertThat(seg.effects()).extracting(Effect::name).containsExactly("ASC_SOP", "ASC_SAT");
        assertThat(seg.effects().get(0).parameters().get(0).value())
                .isEqualTo("(1.04751 1.0378 1.02485)(-0.00909 0.00062 0.01468)(1.0 1.0 1.0)");
    }

    @Test
    void test24psfIsReadAt25WithAudChannelsBlackWipeAndReverse() {
        ReadResult r = result("pycmx_test_24psf.edl");
        Sequence s = r.sequence().orElseThrow();
        TimeBase pal = TimeBase.PAL;

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_25);
        assertThat(s.tracks()).extracting(Track::name).containsExactly("V", "A1", "A2", "A3", "A4");
        Track v = s.tracks().get(0);
        assertThat(v.segments()).hasSize(7);
        assertThat(first(v).timelineOut()).isEqualTo(TimeCode.of(1499, pal)); // 00:00:59:24
        assertThat(last(v).speed()).isEqualTo(Rational.of(-1));
        Track a1 = s.tracks().get(1);
        assertThat(a1.segments()).extracting(Segment::item).containsExactly("AX", "BL", "AX");
        Transition fade = a1.transitions().get(0);
        assertThat(fade.wipe()).isEqualTo(1);
        assertThat(fade.name()).isEqualTo("Constant Power");
        assertThat(fade.duration()).isEqualTo(TimeCode.of(25, pal));
        assertThat(last(a1).speed()).isEqualTo(Rational.of(-1));
        assertThat(s.tracks().get(3).segments()).hasSize(1); // AUD 3 4 on event 003
        assertThat(r.problems()).anyMatch(p -> p.message().contains("overlaps"));
    }

    @Test
    void everyCorpusEdlSurvivesAnEdlRoundTripFrameForFrame() {
        for (String name :
                List.of(
                        "otio_dissolve_test_3.edl",
                        "otio_dissolve_test_4.edl",
                        "otio_gap_test.edl",
                        "otio_multi_audio.edl",
                        "otio_speed_effects_small.edl",
                        "otio_timecode_mismatch.edl",
                        "otio_wipe_test.edl",
                        "pycmx_ISSUE_14_conform_edl_issue_01.edl",
                        "pycmx_ISSUE_19_unusual01.edl",
                        "pycmx_TEST.edl",
                        "pycmx_ToD_R4_LOCK3.1_030618_Video.edl",
                        "pycmx_cdl_frmc_example01.edl",
                        "pycmx_test_24psf.edl")) {
            Sequence s = read(name);
            WriteResult w = new EdlWriter().write(s);
            Sequence back =
                    new EdlReader(s.rate()).read(w.content(), name).sequence().orElseThrow();

            assertThat(back.tracks()).as(name).isEqualTo(s.tracks());
            assertThat(back.markers()).as(name).isEqualTo(s.markers());
            assertThat(w.losses())
                    .as(name)
                    .noneMatch(p -> p.severity() == Problem.Severity.WARNING);
        }
    }

    @Test
    void anAvidEffectIsReportedAsLostWhenWrittenBack() {
        WriteResult w = new EdlWriter().write(read("otio_no_spaces_test.edl"));

        assertThat(w.losses()).anyMatch(p -> p.message().contains("1 effects not written"));
    }
}

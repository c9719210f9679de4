package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EdlFormatTest {
    private static final TimeBase PAL = TimeBase.PAL;

    private static ReadResult read(String text) {
        return new EdlReader().read(text.getBytes(StandardCharsets.UTF_8), "t.edl");
    }

    private static Segment clip(String reel, long in, long out, long src) {
        return Segment.cut(
                reel,
                1,
                TimeCode.of(in, PAL),
                TimeCode.of(out, PAL),
                TimeCode.of(src, PAL),
                TimeCode.of(src + out - in, PAL));
    }

    private static Sequence sequence(List<Track> tracks) {
        return new Sequence(
                "", "Test", FrameRate.FPS_25, TimeCode.of(90000, PAL), tracks, List.of(), Map.of());
    }

    @Test
    void readsDropFrameTimecodeAt2997() {
        String edl =
                "TITLE: df\n"
                    + "FCM: DROP FRAME\n"
                    + "001  A001 V     C        00:00:59;29 00:01:00;02 01:00:00;00 01:00:00;01\n";

        ReadResult r = read(edl);
        Sequence s = r.sequence().orElseThrow();

        assertThat(s.rate()).isEqualTo(FrameRate.FPS_29_97_DF);
        Segment seg = s.tracks().get(0).segments().get(0);
        // 00:00:59;29 is frame 1799 and 00:01:00;02 frame 1800: the labels ;00 and ;01 are skipped
        assertThat(seg.sourceIn()).isEqualTo(TimeCode.of(1799, TimeBase.NTSC));
        assertThat(seg.sourceOut()).isEqualTo(TimeCode.of(1800, TimeBase.NTSC));
        assertThat(s.start()).isEqualTo(TimeCode.of(107892, TimeBase.NTSC));
    }

    @Test
    void readsAnExplicitRateInsteadOfGuessing() {
        String edl = "001  A001 V     C        00:00:00:00 00:00:01:00 01:00:00:00 01:00:01:00\n";

        ReadResult r =
                new EdlReader(FrameRate.FPS_25).read(edl.getBytes(StandardCharsets.UTF_8), "");

        assertThat(r.problems()).isEmpty();
        assertThat(r.sequence().orElseThrow().tracks().get(0).segments().get(0).duration())
                .isEqualTo(TimeCode.of(25, PAL));
    }

    @Test
    void reportsMalformedLinesByNumberAndKeepsTheRest() {
        String edl =
                "TITLE: x\n"
                    + "001  A001 V     C        00:00:00:00 00:00:01:00 01:00:00:00 01:00:01:00\n"
                    + "002  A002 V     C        00:00:00:00 00:00:01:00 01:00:01:00\n"
                    + "003  A003 Q     C        00:00:00:00 00:00:01:00 01:00:01:00 01:00:02:00\n"
                    + "WHAT IS THIS\n";

        ReadResult r = read(edl);

        assertThat(r.sequence().orElseThrow().segmentCount()).isEqualTo(1);
        assertThat(r.problems())
                .extracting(Problem::location)
                .contains("line 3", "line 4", "line 5");
    }

    @Test
    void fcmChangingMidFileSwitchesTheCountingForLaterEvents() {
        String edl =
                "FCM: NON-DROP FRAME\n"
                        + "001  A V     C        00:01:00:02 00:01:00:03 01:00:00:00 01:00:00:01\n"
                        + "FCM: DROP FRAME\n"
                        + "002  B V     C        00:01:00;02 00:01:00;03 01:00:00;01 01:00:00;02\n";

        List<Segment> segs = read(edl).sequence().orElseThrow().tracks().get(0).segments();

        Segment a = segs.stream().filter(x -> x.item().equals("A")).findFirst().orElseThrow();
        Segment b = segs.stream().filter(x -> x.item().equals("B")).findFirst().orElseThrow();
        assertThat(a.sourceIn()).isEqualTo(TimeCode.of(1802, TimeBase.NTSC));
        assertThat(b.sourceIn()).isEqualTo(TimeCode.of(1800, TimeBase.NTSC));
    }

    @Test
    void writesAudChannelsBackAsOwnEventsAndReadsThemAgain() {
        String edl =
                "001  AX V     C        00:00:00:00 00:00:01:00 01:00:00:00 01:00:01:00\n"
                        + "AUD  3    4\n";

        Sequence s = read(edl).sequence().orElseThrow();
        WriteResult w = new EdlWriter().write(s);
        Sequence back = new EdlReader(s.rate()).read(w.content(), "").sequence().orElseThrow();

        assertThat(s.tracks()).extracting(Track::name).containsExactly("V", "A3", "A4");
        assertThat(back.tracks()).isEqualTo(s.tracks());
    }

    @Test
    void numbersPast999WithWiderFieldsAndReportsIt() {
        List<Segment> segs = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            segs.add(clip("R" + i, i * 10L, i * 10L + 10, 1000));
        }
        Sequence s = sequence(List.of(Track.of(TrackKind.VIDEO, segs)));

        WriteResult w = new EdlWriter().write(s);
        Sequence back =
                new EdlReader(FrameRate.FPS_25).read(w.content(), "").sequence().orElseThrow();

        assertThat(w.text()).contains("\n0001  R0 ").contains("\n1200  R1199 ");
        assertThat(w.losses()).anyMatch(p -> p.message().contains("1200 events"));
        assertThat(back.tracks().get(0).segments()).isEqualTo(segs);
    }

    @Test
    void reportsASecondVideoTrackEffectsAndUnevenSpeeds() {
        Segment slow =
                new Segment(
                        "A",
                        "",
                        1,
                        TimeCode.of(0, PAL),
                        TimeCode.of(30, PAL),
                        TimeCode.of(0, PAL),
                        TimeCode.of(10, PAL),
                        Rational.of(1, 3),
                        List.of(new Effect("opacity", List.of())),
                        "",
                        true);
        Sequence s =
                sequence(
                        List.of(
                                Track.of(TrackKind.VIDEO, List.of(slow)),
                                Track.of(TrackKind.VIDEO, List.of(clip("B", 0, 10, 0)))));

        WriteResult w = new EdlWriter().write(s);

        assertThat(w.text()).contains("M2   A              008.3");
        assertThat(w.losses())
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("one video track"))
                .anyMatch(m -> m.contains("effects not written"))
                .anyMatch(m -> m.contains("speed 1/3 rounded"));
    }

    @Test
    void writesDissolvesAsTwoLineEventsAndReadsThemBack() {
        Track v =
                new Track(
                        TrackKind.VIDEO,
                        "V",
                        true,
                        List.of(clip("A", 0, 50, 100), clip("B", 50, 100, 200)),
                        List.of(
                                new Transition(
                                        "dissolve",
                                        TimeCode.of(50, PAL),
                                        TimeCode.of(62, PAL),
                                        null)));
        Sequence s = sequence(List.of(v));

        WriteResult w = new EdlWriter().write(s);
        Sequence back =
                new EdlReader(FrameRate.FPS_25).read(w.content(), "").sequence().orElseThrow();

        assertThat(w.text())
                .contains(
                        "002  A        V     C        00:00:06:00 00:00:06:00 01:00:02:00"
                                + " 01:00:02:00");
        assertThat(w.text())
                .contains(
                        "002  B        V     D    012 00:00:08:00 00:00:10:00 01:00:02:00"
                                + " 01:00:04:00");
        assertThat(back.tracks().get(0).transitions()).isEqualTo(v.transitions());
        assertThat(back.tracks().get(0).segments()).isEqualTo(v.segments());
        assertThat(w.isLossless()).isTrue();
    }

    @Test
    void writesReverseAndFreezeAsM2Lines() {
        Segment reverse =
                new Segment(
                        "R",
                        "",
                        1,
                        TimeCode.of(0, PAL),
                        TimeCode.of(25, PAL),
                        TimeCode.of(0, PAL),
                        TimeCode.of(25, PAL),
                        Rational.of(-1),
                        List.of(),
                        "",
                        true);
        Segment freeze =
                new Segment(
                        "F",
                        "",
                        1,
                        TimeCode.of(25, PAL),
                        TimeCode.of(50, PAL),
                        TimeCode.of(7, PAL),
                        TimeCode.of(8, PAL),
                        Rational.ZERO,
                        List.of(),
                        "",
                        true);

        WriteResult w =
                new EdlWriter()
                        .write(
                                sequence(
                                        List.of(
                                                Track.of(
                                                        TrackKind.VIDEO,
                                                        List.of(reverse, freeze)))));
        List<Segment> back =
                new EdlReader(FrameRate.FPS_25)
                        .read(w.content(), "")
                        .sequence()
                        .orElseThrow()
                        .tracks()
                        .get(0)
                        .segments();

        assertThat(w.text()).contains("-025.0").contains("000.0");
        assertThat(back).extracting(Segment::speed).containsExactly(Rational.of(-1), Rational.ZERO);
    }

    @Test
    void readsEveryChannelFieldSpelling() {
        String edl =
                "001  R1 B     C        00:00:00:00 00:00:01:00 01:00:00:00 01:00:01:00\n"
                    + "002  R2 AA/V  C        00:00:00:00 00:00:01:00 01:00:01:00 01:00:02:00\n"
                    + "003  R3 A2    C        00:00:00:00 00:00:01:00 01:00:02:00 01:00:03:00\n"
                    + "004  R4 A10   C        00:00:00:00 00:00:01:00 01:00:03:00 01:00:04:00\n"
                    + "005  R5 NONE  C        00:00:00:00 00:00:01:00 01:00:04:00 01:00:05:00\n";

        Sequence s = read(edl).sequence().orElseThrow();

        assertThat(s.tracks()).extracting(Track::name).containsExactly("V", "A1", "A2", "A10");
        assertThat(s.tracks()).extracting(t -> t.segments().size()).containsExactly(2, 2, 2, 1);
        assertThat(s.tracks().get(2).segments())
                .extracting(Segment::item)
                .containsExactly("R2", "R3");
    }

    @Test
    void refusesTextWithoutEvents() {
        ReadResult r = read("just some text\nwithout events\n");

        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems()).anyMatch(p -> p.message().contains("no EDL events"));
    }

    @Test
    void readsLatin1FilesWithANote() {
        byte[] latin1 =
                ("TITLE: Caf\u00e9\n001  AX V     C        00:00:00:00 00:00:01:00 "
                                + "01:00:00:00 01:00:01:00\n")
                        .getBytes(StandardCharsets.ISO_8859_1);

        ReadResult r = new EdlReader().read(latin1, "");

        assertThat(r.sequence().orElseThrow().name()).isEqualTo("Caf\u00e9");
        assertThat(r.problems()).anyMatch(p -> p.message().contains("Windows-1252"));
    }
}

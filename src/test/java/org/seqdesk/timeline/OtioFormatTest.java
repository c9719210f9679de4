package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtioFormatTest {
    private static ReadResult read(String json) {
        return new OtioReader().read(json.getBytes(StandardCharsets.UTF_8), "t.otio");
    }

    private static String clip(String start, String duration, String rate) {
        return "{\"OTIO_SCHEMA\":\"Clip.1\",\"name\":\"c\",\"source_range\":{\"OTIO_SCHEMA\":\"TimeRange.1\","
                   + "\"start_time\":{\"OTIO_SCHEMA\":\"RationalTime.1\",\"rate\":"
                + rate
                + ",\"value\":"
                + start
                + "},"
                + "\"duration\":{\"OTIO_SCHEMA\":\"RationalTime.1\",\"rate\":"
                + rate
                + ",\"value\":"
                + duration
                + "}}}";
    }

    private static String timeline(String... clips) {
        return "{\"OTIO_SCHEMA\":\"Timeline.1\",\"name\":\"t\",\"tracks\":{\"OTIO_SCHEMA\":\"Stack.1\","
                   + "\"children\":[{\"OTIO_SCHEMA\":\"Track.1\",\"kind\":\"Video\",\"children\":["
                + String.join(",", clips)
                + "]}]}}";
    }

    private static Segment only(ReadResult r) {
        return r.sequence().orElseThrow().tracks().get(0).segments().get(0);
    }

    @Test
    void readsFloatValuesExactlyFromTheirDecimalText() {
        Segment s = only(read(timeline(clip("86501.0", "24.0", "24.0"))));

        assertThat(s.sourceIn()).isEqualTo(TimeCode.of(86501, TimeBase.FILM));
    }

    @Test
    void readsTheDoubleNearest23976AsTheNtscFraction() {
        ReadResult r = read(timeline(clip("1001.0", "48.0", "23.976023976023978")));

        assertThat(only(r).sourceIn()).isEqualTo(TimeCode.of(1001, TimeBase.FILM_NTSC));
        assertThat(r.sequence().orElseThrow().rate()).isEqualTo(FrameRate.FPS_23_976);
    }

    @Test
    void keepsAFractionalValueExactlyAndReportsIt() {
        ReadResult r = read(timeline(clip("10.5", "24", "24")));

        assertThat(only(r).sourceIn()).isEqualTo(TimeCode.of(21, new TimeBase(1, 48)));
        assertThat(r.problems())
                .anyMatch(p -> p.message().contains("not a whole number of frames"));
    }

    @Test
    void reportsARateOfZeroInsteadOfDividingByIt() {
        ReadResult r = read(timeline(clip("0", "24", "0.0")));

        assertThat(r.sequence()).isPresent();
        assertThat(r.sequence().get().tracks().get(0).segments()).isEmpty();
        assertThat(r.problems()).anyMatch(p -> p.message().contains("is not positive"));
    }

    @Test
    void reportsNanTimesWithTheirPath() {
        ReadResult r = read(timeline(clip("NaN", "24", "24")));

        assertThat(r.problems())
                .anyMatch(
                        p ->
                                p.location().contains("children[0].source_range")
                                        && p.message().contains("not a finite number"));
    }

    @Test
    void refusesJsonThatIsNotATimeline() {
        ReadResult r = read("{\"OTIO_SCHEMA\":\"Clip.1\"}");

        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems().get(0).message()).contains("Clip.1");
    }

    @Test
    void keepsInfInsideStringsUntouched() {
        byte[] in = "{\"a\":\"Inf\",\"b\":Inf,\"c\":-Infinity}".getBytes(StandardCharsets.UTF_8);

        String out = new String(OtioReader.normaliseInfinity(in), StandardCharsets.UTF_8);

        assertThat(out).isEqualTo("{\"a\":\"Inf\",\"b\":Infinity,\"c\":-Infinity}");
    }

    @Test
    void writerKeepsMixedBasesSpeedsAndItemsThroughARoundTrip() {
        TimeBase ntsc = TimeBase.NTSC;
        Segment v =
                new Segment(
                        "VX-1",
                        "a",
                        1,
                        TimeCode.of(0, ntsc),
                        TimeCode.of(30, ntsc),
                        TimeCode.of(100, ntsc),
                        TimeCode.of(110, ntsc),
                        Rational.of(1, 3),
                        List.of(),
                        "",
                        true);
        Segment a =
                Segment.cut(
                        "VX-1",
                        2,
                        TimeCode.of(0, TimeBase.AUDIO_48K),
                        TimeCode.of(48048, TimeBase.AUDIO_48K),
                        TimeCode.of(7, TimeBase.AUDIO_48K),
                        TimeCode.of(48055, TimeBase.AUDIO_48K));
        Sequence s =
                new Sequence(
                        "VX-9",
                        "mix",
                        FrameRate.FPS_29_97_DF,
                        TimeCode.of(107892, ntsc),
                        List.of(
                                Track.of(TrackKind.VIDEO, List.of(v)),
                                Track.of(TrackKind.AUDIO, List.of(a))),
                        List.of(
                                new Marker(
                                        "m",
                                        "note",
                                        TimeCode.of(12, ntsc),
                                        TimeCode.of(3, ntsc),
                                        "GREEN")),
                        java.util.Map.of("k", "v"));

        WriteResult w = new OtioWriter().write(s);
        Sequence back = new OtioReader().read(w.content(), "").sequence().orElseThrow();

        assertThat(back).isEqualTo(s);
        assertThat(w.text()).contains("\"time_scalar\" : 0.3333333333333333");
        assertThat(w.text()).contains("\"rate\" : 29.97002997002997");
    }
}

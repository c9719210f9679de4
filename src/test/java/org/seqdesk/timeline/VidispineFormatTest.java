package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VidispineFormatTest {
    static final String DOC_XML =
            "<SequenceDocument xmlns=\"http://xml.vidispine.com/schema/vidispine\">\n"
                    + "  <track>\n"
                    + "    <audio>false</audio>\n"
                    + "    <segment>\n"
                    + "      <item>VX-42</item>\n"
                    + "      <sourceTrack>1</sourceTrack>\n"
                    + "      <in><samples>0</samples><timeBase><numerator>1</numerator>"
                    + "<denominator>25</denominator></timeBase></in>\n"
                    + "      <out><samples>50</samples><timeBase><numerator>1</numerator>"
                    + "<denominator>25</denominator></timeBase></out>\n"
                    + "      <sourceIn><samples>100</samples><timeBase><numerator>1</numerator>"
                    + "<denominator>25</denominator></timeBase></sourceIn>\n"
                    + "      <sourceOut><samples>150</samples><timeBase><numerator>1</numerator>"
                    + "<denominator>25</denominator></timeBase></sourceOut>\n"
                    + "      <effect name=\"opacity\"><parameter name=\"opacity\" value=\"0.8\"/>"
                    + "</effect>\n"
                    + "    </segment>\n"
                    + "  </track>\n"
                    + "  <track>\n"
                    + "    <audio>true</audio>\n"
                    + "    <segment>\n"
                    + "      <item>VX-42</item>\n"
                    + "      <sourceTrack>1</sourceTrack>\n"
                    + "      <in><samples>0</samples><timeBase><numerator>1</numerator>"
                    + "<denominator>48000</denominator></timeBase></in>\n"
                    + "      <out><samples>96000</samples><timeBase><numerator>1</numerator>"
                    + "<denominator>48000</denominator></timeBase></out>\n"
                    + "      <sourceIn><samples>192000</samples><timeBase><numerator>1</numerator>"
                    + "<denominator>48000</denominator></timeBase></sourceIn>\n"
                    + "      <sourceOut><samples>288000</samples><timeBase><numerator>1"
                    + "</numerator><denominator>48000</denominator></timeBase></sourceOut>\n"
                    + "    </segment>\n"
                    + "  </track>\n"
                    + "</SequenceDocument>\n";

    static final String DOC_JSON =
            "{\"track\": [\n"
                + " {\"audio\": false, \"segment\": [\n"
                + "  {\"item\": \"VX-42\", \"sourceTrack\": 1,\n"
                + "   \"in\": {\"samples\": 0, \"timeBase\": {\"numerator\": 1, \"denominator\":"
                + " 25}},\n"
                + "   \"out\": {\"samples\": 50, \"timeBase\": {\"numerator\": 1, \"denominator\":"
                + " 25}},\n"
                + "   \"sourceIn\": {\"samples\": 100, \"timeBase\": {\"numerator\": 1,"
                + " \"denominator\": 25}},\n"
                + "   \"sourceOut\": {\"samples\": 150, \"timeBase\": {\"numerator\": 1,"
                + " \"denominator\": 25}},\n"
                + "   \"effect\": [{\"name\": \"opacity\", \"parameter\": [{\"name\": \"opacity\","
                + " \"value\": 0.8}]}]}]},\n"
                + " {\"audio\": true, \"segment\": [\n"
                + "  {\"item\": \"VX-42\", \"sourceTrack\": 1,\n"
                + "   \"in\": {\"samples\": 0, \"timeBase\": {\"numerator\": 1, \"denominator\":"
                + " 48000}},\n"
                + "   \"out\": {\"samples\": 96000, \"timeBase\": {\"numerator\": 1,"
                + " \"denominator\": 48000}},\n"
                + "   \"sourceIn\": {\"samples\": 192000, \"timeBase\": {\"numerator\": 1,"
                + " \"denominator\": 48000}},\n"
                + "   \"sourceOut\": {\"samples\": 288000, \"timeBase\": {\"numerator\": 1,"
                + " \"denominator\": 48000}}}]}\n"
                + "]}\n";

    private static final TimeBase A48 = TimeBase.AUDIO_48K;

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Sequence sequence(ReadResult r) {
        assertThat(r.sequence()).as("problems: %s", r.problems()).isPresent();
        return r.sequence().get();
    }

    @Test
    void readsTheDocumentationExampleInXml() {
        ReadResult r = VidispineFormat.readXml(bytes(DOC_XML), "doc.xml");

        assertThat(r.problems()).isEmpty();
        assertDocExample(sequence(r));
    }

    @Test
    void readsTheDocumentationExampleInJson() {
        ReadResult r = VidispineFormat.readJson(bytes(DOC_JSON), "doc.json");

        assertThat(r.problems()).isEmpty();
        assertDocExample(sequence(r));
    }

    private static void assertDocExample(Sequence s) {
        assertThat(s.rate()).isEqualTo(FrameRate.FPS_25);
        assertThat(s.tracks())
                .extracting(Track::kind)
                .containsExactly(TrackKind.VIDEO, TrackKind.AUDIO);
        Segment v = s.tracks().get(0).segments().get(0);
        assertThat(v.item()).isEqualTo("VX-42");
        assertThat(v.sourceTrack()).isEqualTo(1);
        assertThat(v.timelineIn()).isEqualTo(TimeCode.of(0, TimeBase.PAL));
        assertThat(v.timelineOut()).isEqualTo(TimeCode.of(50, TimeBase.PAL));
        assertThat(v.sourceIn()).isEqualTo(TimeCode.of(100, TimeBase.PAL));
        assertThat(v.sourceOut()).isEqualTo(TimeCode.of(150, TimeBase.PAL));
        assertThat(v.speed()).isEqualTo(Rational.ONE);
        assertThat(v.effects())
                .containsExactly(
                        new Effect("opacity", List.of(new Effect.Parameter("opacity", "0.8"))));
        Segment a = s.tracks().get(1).segments().get(0);
        assertThat(a.timelineOut()).isEqualTo(TimeCode.of(96000, A48));
        assertThat(a.sourceIn()).isEqualTo(TimeCode.of(192000, A48));
        assertThat(a.sourceOut()).isEqualTo(TimeCode.of(288000, A48));
    }

    @Test
    void xmlWriterPutsElementsInSchemaOrderInTheVidiCoreNamespace() {
        Sequence s = sequence(VidispineFormat.readXml(bytes(DOC_XML), "doc.xml"));

        String xml = VidispineFormat.writeXml(s).text();

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        assertThat(xml)
                .contains("<SequenceDocument xmlns=\"http://xml.vidispine.com/schema/vidispine\">");
        assertThat(xml)
                .containsSubsequence(
                        "<item>VX-42</item>",
                        "<sourceTrack>1</sourceTrack>",
                        "<in><samples>0</samples>",
                        "<out><samples>50</samples>",
                        "<sourceIn><samples>100</samples>",
                        "<sourceOut><samples>150</samples>",
                        "<effect name=\"opacity\">");
        assertThat(xml)
                .contains(
                        "<samples>96000</samples><timeBase><numerator>1</numerator><denominator>48000</denominator>");
    }

    @Test
    void jsonWriterUsesArraysAndNumbersWithoutARootWrapper() throws Exception {
        Sequence s = sequence(VidispineFormat.readXml(bytes(DOC_XML), "doc.xml"));

        JsonNode json = new ObjectMapper().readTree(VidispineFormat.writeJson(s).content());

        assertThat(json.has("SequenceDocument")).isFalse();
        assertThat(json.get("track").isArray()).isTrue();
        JsonNode seg = json.get("track").get(0).get("segment").get(0);
        assertThat(seg.get("sourceTrack").isInt()).isTrue();
        assertThat(seg.get("out").get("samples").isNumber()).isTrue();
        assertThat(seg.get("out").get("samples").asLong()).isEqualTo(50);
        assertThat(seg.get("effect").get(0).get("parameter").get(0).get("value").isNumber())
                .isTrue();
        assertThat(json.get("track").get(1).get("audio").booleanValue()).isTrue();
        assertThat(json.get("track").get(1).get("transition").isArray()).isTrue();
    }

    @Test
    void bothEncodingsRoundTripMixedBasesExactly() {
        TimeBase ntsc = TimeBase.NTSC;
        Segment video =
                Segment.cut(
                        "VX-7",
                        1,
                        TimeCode.of(1001, ntsc),
                        TimeCode.of(3003, ntsc),
                        TimeCode.of(5, ntsc),
                        TimeCode.of(2007, ntsc));
        Segment audio =
                Segment.cut(
                        "VX-7",
                        3,
                        TimeCode.of(48048, A48),
                        TimeCode.of(144144, A48),
                        TimeCode.of(0, A48),
                        TimeCode.of(96096, A48));
        Track v =
                new Track(
                        TrackKind.VIDEO,
                        "",
                        true,
                        List.of(video),
                        List.of(
                                new Transition(
                                        "dissolve",
                                        TimeCode.of(2990, ntsc),
                                        TimeCode.of(3003, ntsc),
                                        null)));
        Sequence s =
                new Sequence(
                        "VX-99",
                        "",
                        FrameRate.FPS_29_97_NDF,
                        null,
                        List.of(v, Track.of(TrackKind.AUDIO, List.of(audio))),
                        List.of(),
                        Map.of("vidispine.setting.render", "fast"));

        Sequence fromXml =
                sequence(VidispineFormat.readXml(VidispineFormat.writeXml(s).content(), ""));
        Sequence fromJson =
                sequence(VidispineFormat.readJson(VidispineFormat.writeJson(s).content(), ""));

        assertThat(fromXml).isEqualTo(s);
        assertThat(fromJson).isEqualTo(s);
        assertThat(VidispineFormat.writeXml(s).isLossless()).isTrue();
    }

    @Test
    void readsElementsInAnyOrderWithoutNamespaceAndTextTimeCodes() {
        String xml =
                "<SequenceDocument><track><segment>"
                        + "<out>75@PAL</out><in>25@PAL</in><sourceTrack>2</sourceTrack>"
                        + "<item>VX-1</item></segment><audio>false</audio></track>"
                        + "<id>VX-5</id></SequenceDocument>";

        ReadResult r = VidispineFormat.readXml(bytes(xml), "x");

        Segment seg = sequence(r).tracks().get(0).segments().get(0);
        assertThat(r.problems()).isEmpty();
        assertThat(sequence(r).id()).isEqualTo("VX-5");
        assertThat(seg.timelineIn()).isEqualTo(TimeCode.of(25, TimeBase.PAL));
        assertThat(seg.timelineOut()).isEqualTo(TimeCode.of(75, TimeBase.PAL));
        assertThat(seg.sourceTrack()).isEqualTo(2);
        assertThat(seg.sourceIn()).isNull();
    }

    @Test
    void readsSpeedAsTheRatioOfSourceToTimelineLength() {
        String json =
                "{\"track\":[{\"segment\":[{\"item\":\"VX-1\",\"sourceTrack\":1,"
                    + "\"in\":\"0@25\",\"out\":\"50@25\",\"sourceIn\":\"0@25\",\"sourceOut\":\"100@25\"},"
                    + "{\"item\":\"VX-1\",\"sourceTrack\":1,"
                    + "\"in\":\"50@25\",\"out\":\"80@25\",\"sourceIn\":\"9@25\",\"sourceOut\":\"9@25\"}]}]}";

        List<Segment> segs =
                sequence(VidispineFormat.readJson(bytes(json), "")).tracks().get(0).segments();

        assertThat(segs.get(0).speed()).isEqualTo(Rational.of(2));
        assertThat(segs.get(1).speed()).isEqualTo(Rational.ZERO);
    }

    @Test
    void toleratesEmptyObjectsAndAbsentLists() {
        assertThat(sequence(VidispineFormat.readJson(bytes("{}"), "")).tracks()).isEmpty();
        String lone = "{\"track\":{\"audio\":true,\"segment\":[],\"transition\":{}}}";
        ReadResult r = VidispineFormat.readJson(bytes(lone), "");
        assertThat(sequence(r).tracks()).hasSize(1);
        assertThat(sequence(r).tracks().get(0).kind()).isEqualTo(TrackKind.AUDIO);
    }

    @Test
    void reportsProblemsWithTheirElementPath() {
        String xml =
                "<SequenceDocument xmlns=\"http://xml.vidispine.com/schema/vidispine\"><track>"
                    + "<segment><item>VX-1</item><sourceTrack>1</sourceTrack><in>0@25</in><out>5@25</out></segment>"
                    + "<segment><item>VX-2</item><sourceTrack>x</sourceTrack><in>5@25</in></segment>"
                    + "</track></SequenceDocument>";

        ReadResult r = VidispineFormat.readXml(bytes(xml), "");

        assertThat(sequence(r).tracks().get(0).segments()).hasSize(1);
        assertThat(r.problems())
                .extracting(Problem::location)
                .contains(
                        "/SequenceDocument/track[1]/segment[2]/sourceTrack",
                        "/SequenceDocument/track[1]/segment[2]");
    }

    @Test
    void keepsFractionalSamplesExactlyInAFinerBase() {
        String json =
                "{\"track\":[{\"segment\":[{\"item\":\"VX-1\",\"sourceTrack\":1,"
                    + "\"in\":{\"samples\":12.5,\"timeBase\":{\"numerator\":1,\"denominator\":25}},"
                    + "\"out\":{\"samples\":50,\"timeBase\":{\"numerator\":1,\"denominator\":25}}}]}]}";

        ReadResult r = VidispineFormat.readJson(bytes(json), "");

        Segment s = sequence(r).tracks().get(0).segments().get(0);
        assertThat(s.timelineIn()).isEqualTo(TimeCode.of(25, new TimeBase(1, 50)));
        assertThat(r.problems())
                .extracting(Problem::severity)
                .containsExactly(Problem.Severity.INFO);
    }

    @Test
    void writerReportsWhatASequenceDocumentCannotHold() {
        TimeBase pal = TimeBase.PAL;
        Segment reverse =
                new Segment(
                        "VX-1",
                        "Clip A",
                        1,
                        TimeCode.of(0, pal),
                        TimeCode.of(10, pal),
                        TimeCode.of(0, pal),
                        TimeCode.of(10, pal),
                        Rational.of(-1),
                        List.of(),
                        "",
                        true);
        Segment off =
                new Segment(
                        "VX-2",
                        "",
                        1,
                        TimeCode.of(10, pal),
                        TimeCode.of(20, pal),
                        null,
                        null,
                        Rational.ONE,
                        List.of(),
                        "",
                        false);
        Sequence s =
                new Sequence(
                        "",
                        "Cut 3",
                        FrameRate.FPS_25,
                        TimeCode.of(90000, pal),
                        List.of(Track.of(TrackKind.VIDEO, List.of(reverse, off))),
                        List.of(new Marker("m", "", TimeCode.of(3, pal), null, "")),
                        Map.of());

        WriteResult w = VidispineFormat.writeXml(s);

        assertThat(w.text()).doesNotContain("VX-2");
        assertThat(w.losses())
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("markers"))
                .anyMatch(m -> m.contains("speed -1"))
                .anyMatch(m -> m.contains("switched-off"))
                .anyMatch(m -> m.contains("start timecode"));
    }

    @Test
    void choosesTheEncodingByMediaType() {
        Sequence s = sequence(VidispineFormat.readXml(bytes(DOC_XML), ""));

        assertThat(VidispineFormat.write("application/json; charset=UTF-8", s).text())
                .startsWith("{");
        assertThat(VidispineFormat.write("application/xml", s).text()).startsWith("<?xml");
        assertThat(VidispineFormat.write(null, s).text()).startsWith("<?xml");
        assertThat(sequence(VidispineFormat.read("application/json", bytes(DOC_JSON), "")))
                .isEqualTo(s);
        assertThat(sequence(VidispineFormat.read("application/octet-stream", bytes(DOC_JSON), "")))
                .isEqualTo(s);
        assertThat(VidispineFormat.read("application/xml", bytes(DOC_JSON), "").sequence())
                .isEmpty();
    }

    @Test
    void reportsKeyframesAndTransitionSettingsItCannotKeep() {
        String xml =
                "<SequenceDocument xmlns=\"http://xml.vidispine.com/schema/vidispine\"><track>"
                        + "<segment><item>VX-1</item><sourceTrack>1</sourceTrack><in>0@25</in>"
                        + "<out>50@25</out><effect name=\"opacity\"><parameter name=\"opacity\">"
                        + "<point value=\"0\" position=\"0\"/><point value=\"1\" position=\"25\"/>"
                        + "</parameter></effect></segment>"
                        + "<transition><in>40@25</in><out>50@25</out><wipe>1</wipe>"
                        + "<transition>wipe</transition><borderWidth>2</borderWidth></transition>"
                        + "</track></SequenceDocument>";

        ReadResult r = VidispineFormat.readXml(bytes(xml), "");

        Track t = sequence(r).tracks().get(0);
        assertThat(t.transitions().get(0).wipe()).isEqualTo(1);
        assertThat(r.problems())
                .anyMatch(
                        p ->
                                p.location()
                                                .equals(
                                                        "/SequenceDocument/track[1]/segment[1]/effect[1]")
                                        && p.message().equals("2 effect keyframes not kept"))
                .anyMatch(p -> p.location().endsWith("/transition[1]/borderWidth"));
    }

    @Test
    void capsTheProblemListOfAFloodedDocument() {
        String xml = "<SequenceDocument>" + "<junk/>".repeat(5000) + "</SequenceDocument>";

        ReadResult r = VidispineFormat.readXml(bytes(xml), "");

        assertThat(r.problems()).hasSize(1001);
        assertThat(r.problems().get(1000).message()).isEqualTo("4000 further problems not listed");
    }

    @Test
    void refusesADocumentWithAnotherRoot() {
        ReadResult r = VidispineFormat.readXml(bytes("<ItemDocument/>"), "x.xml");

        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems().get(0).message()).contains("ItemDocument");
    }
}

package org.seqdesk.api.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;

class SequenceDocumentTest {

    static String resource(String name) throws IOException {
        try (InputStream in = SequenceDocumentTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void namespacedXmlExampleReadsWithExactMixedTimeBases() throws IOException {
        SequenceDocument doc =
                Documents.readXml(resource("sequence-example.xml"), SequenceDocument.class);

        assertThat(doc.tracks()).hasSize(2);
        SequenceDocument.Track video = doc.tracks().get(0);
        assertThat(video.isAudio()).isFalse();
        SequenceDocument.Segment clip = video.segments().get(0);
        assertThat(clip.item()).isEqualTo("VX-42");
        assertThat(clip.sourceTrack()).isEqualTo(1);
        assertThat(clip.sourceIn().toTimeCode()).isEqualTo(TimeCode.of(100, TimeBase.PAL));
        assertThat(clip.effects().get(0).parameters().get(0).value())
                .isEqualByComparingTo(new BigDecimal("0.8"));
        assertThat(video.transitions().get(0).transition()).isEqualTo("dissolve");

        SequenceDocument.Segment sound = doc.tracks().get(1).segments().get(0);
        assertThat(doc.tracks().get(1).isAudio()).isTrue();
        assertThat(sound.out().toTimeCode()).isEqualTo(TimeCode.of(96000, TimeBase.AUDIO_48K));
        assertThat(sound.out().toTimeCode().sameInstant(clip.out().toTimeCode())).isTrue();
    }

    @Test
    void jsonAndXmlExamplesDescribeTheSameSequence() throws IOException {
        SequenceDocument fromXml =
                Documents.readXml(resource("sequence-example.xml"), SequenceDocument.class);
        SequenceDocument fromJson =
                Documents.readJson(resource("sequence-example.json"), SequenceDocument.class);

        assertThat(fromJson).isEqualTo(fromXml);
    }

    @Test
    void writtenXmlIsNamespacedAndKeepsSchemaOrder() throws IOException {
        SequenceDocument doc =
                Documents.readJson(resource("sequence-example.json"), SequenceDocument.class);

        String xml = Documents.writeXml(doc);

        assertThat(xml)
                .startsWith("<?xml")
                .contains("<SequenceDocument xmlns=\"" + Documents.NAMESPACE + "\">")
                .doesNotContain("wstxns")
                .containsSubsequence(
                        "<item>",
                        "<sourceTrack>",
                        "<in>",
                        "<samples>",
                        "<timeBase>",
                        "<numerator>",
                        "<denominator>",
                        "<out>",
                        "<sourceIn>",
                        "<sourceOut>",
                        "<effect name=\"opacity\">",
                        "<parameter name=\"opacity\" value=\"0.8\"");
        assertThat(xml).containsSubsequence("<transition><in>", "<out>", "<transition>dissolve");
        assertThat(Documents.readXml(xml, SequenceDocument.class)).isEqualTo(doc);
    }

    @Test
    void writtenJsonHasNoRootWrapperAndArraysForRepeatables() throws IOException {
        SequenceDocument doc =
                Documents.readXml(resource("sequence-example.xml"), SequenceDocument.class);

        String json = Documents.writeJson(doc);

        assertThat(json)
                .startsWith("{\"track\":[{\"audio\":false,\"segment\":[{\"item\":\"VX-42\"");
        assertThat(json).contains("\"effect\":[{\"name\":\"opacity\",\"parameter\":[");
        assertThat(json).contains("\"samples\":150,\"timeBase\":{\"numerator\":1");
        assertThat(json).doesNotContain("null");
        assertThat(Documents.readJson(json, SequenceDocument.class)).isEqualTo(doc);
    }

    @Test
    void singleTrackAndSegmentWithoutArraysStillRead() throws IOException {
        String json =
                "{\"track\":{\"segment\":{\"item\":\"VX-1\",\"sourceTrack\":2,"
                        + "\"in\":{\"samples\":3,\"timeBase\":{\"numerator\":1001,"
                        + "\"denominator\":30000}}}},\"futureMember\":{\"x\":1}}";

        SequenceDocument doc = Documents.readJson(json, SequenceDocument.class);

        SequenceDocument.Segment s = doc.tracks().get(0).segments().get(0);
        assertThat(s.sourceTrack()).isEqualTo(2);
        assertThat(s.in().toTimeCode()).isEqualTo(TimeCode.of(3, TimeBase.NTSC));
        assertThat(s.effects()).isEmpty();
        assertThat(doc.tracks().get(0).transitions()).isEmpty();
    }

    @Test
    void emptySequenceReadsFromBracesAndFromAnEmptyRoot() throws IOException {
        assertThat(Documents.readJson("{}", SequenceDocument.class).tracks()).isEmpty();
        assertThat(
                        Documents.readXml(
                                        "<SequenceDocument xmlns=\"" + Documents.NAMESPACE + "\"/>",
                                        SequenceDocument.class)
                                .tracks())
                .isEmpty();
    }

    @Test
    void convertsToTheTimelineModelAndBackWithoutLosingTime() throws IOException {
        SequenceDocument doc =
                Documents.readXml(resource("sequence-example.xml"), SequenceDocument.class);

        org.seqdesk.timeline.Sequence sequence = SequenceDocuments.toSequence(doc);

        assertThat(sequence.rate()).isEqualTo(org.seqdesk.timeline.FrameRate.FPS_25);
        assertThat(sequence.videoTracks()).hasSize(1);
        assertThat(sequence.audioTracks().get(0).segments().get(0).sourceIn())
                .isEqualTo(TimeCode.of(192000, TimeBase.AUDIO_48K));
        assertThat(sequence.videoTracks().get(0).transitions().get(0).name()).isEqualTo("dissolve");
        assertThat(sequence.duration().sameInstant(TimeCode.of(60, TimeBase.PAL))).isTrue();
        assertThat(SequenceDocuments.toDocument(sequence)).isEqualTo(doc);
    }

    @Test
    void segmentWithoutTimelinePositionFollowsThePreviousOne() throws IOException {
        String json =
                "{\"track\":[{\"segment\":[{\"item\":\"VX-1\",\"sourceTrack\":1,"
                    + "\"in\":{\"samples\":0,\"timeBase\":{\"numerator\":1,\"denominator\":25}},"
                    + "\"out\":{\"samples\":25,\"timeBase\":{\"numerator\":1,\"denominator\":25}}},"
                    + "{\"item\":\"VX-2\",\"sourceTrack\":1,"
                    + "\"sourceIn\":{\"samples\":100,\"timeBase\":{\"numerator\":1,\"denominator\":25}},"
                    + "\"sourceOut\":{\"samples\":150,\"timeBase\":{\"numerator\":1,\"denominator\":25}}}]}]}";

        org.seqdesk.timeline.Sequence sequence =
                SequenceDocuments.toSequence(Documents.readJson(json, SequenceDocument.class));

        org.seqdesk.timeline.Segment second = sequence.tracks().get(0).segments().get(1);
        assertThat(second.timelineIn()).isEqualTo(TimeCode.of(25, TimeBase.PAL));
        assertThat(second.timelineOut()).isEqualTo(TimeCode.of(75, TimeBase.PAL));
    }
}

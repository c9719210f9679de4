package org.seqdesk.api.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.seqdesk.timeline.TimeBase;

/** Every document survives writing and reading back, in JSON and in XML. */
class RoundTripTest {
    private static final OffsetDateTime T =
            OffsetDateTime.of(2026, 12, 4, 17, 0, 0, 47_000_000, ZoneOffset.UTC);

    static Stream<Object> documents() {
        TimeCodeDocument in = TimeCodeDocument.of(0, TimeBase.PAL);
        TimeCodeDocument out = TimeCodeDocument.of(50, TimeBase.PAL);
        SequenceDocument sequence =
                new SequenceDocument(
                        "VX-7",
                        List.of(
                                new SequenceDocument.Track(
                                        false,
                                        List.of(
                                                new SequenceDocument.Segment(
                                                        "VX-42",
                                                        1,
                                                        in,
                                                        out,
                                                        in,
                                                        out,
                                                        List.of(
                                                                new EffectDocument(
                                                                        "position",
                                                                        List.of(
                                                                                new EffectDocument
                                                                                        .Parameter(
                                                                                        "x",
                                                                                        null,
                                                                                        List.of(
                                                                                                new EffectDocument
                                                                                                        .Point(
                                                                                                        new BigDecimal(
                                                                                                                "0.25"),
                                                                                                        12L)))))))),
                                        List.of(
                                                new SequenceDocument.Transition(
                                                        in, out, 1, "wipe", 1, 2, 0, 100, true, 3,
                                                        "#ffffff")))),
                        List.of(new KeyValue("k", "v")),
                        null);
        MetadataDocument metadata =
                MetadataDocument.ofFields(
                        List.of(MetadataDocument.Field.of("title", "Dog", "Cat")));
        JobDocument job =
                new JobDocument(
                        "VX-29",
                        "admin",
                        T,
                        JobState.STARTED,
                        JobTypes.CONFORM,
                        null,
                        JobPriority.HIGH,
                        new JobDocument.Waiting("VX-1", "transcoder", "free"),
                        new JobDocument.Step("Rendering", 2, "STARTED"),
                        List.of(new KeyValue("item", "VX-93")),
                        4,
                        new JobDocument.Log(
                                List.of(
                                        new JobDocument.Task(
                                                "t1",
                                                2,
                                                1,
                                                "STARTED",
                                                T,
                                                "render",
                                                new JobDocument.Progress(
                                                        new BigDecimal("12.5"), 100L, "percent"),
                                                List.of(new JobDocument.SubStep(T, "opened")),
                                                null,
                                                3))),
                        null);
        ShapeDocument shape =
                new ShapeDocument(
                        "VX-11",
                        0,
                        List.of("original"),
                        List.of("video/mp4"),
                        T,
                        new ShapeDocument.Component(
                                "VX-12",
                                List.of(
                                        new ShapeDocument.FileDocument(
                                                "VX-13",
                                                "a.mp4",
                                                List.of("file:///m/a.mp4"),
                                                "CLOSED",
                                                1000L,
                                                "abc",
                                                "VX-1")),
                                "mp4",
                                null,
                                TimeCodeDocument.of(250, TimeBase.PAL),
                                null,
                                null),
                        List.of(
                                new ShapeDocument.Component(
                                        "VX-14", null, null, "aac", null, null, 2)),
                        List.of(
                                new ShapeDocument.Component(
                                        "VX-15",
                                        null,
                                        null,
                                        "h264",
                                        null,
                                        new ShapeDocument.Resolution(1920, 1080),
                                        null)));
        ItemDocument item =
                new ItemDocument(
                        "VX-42",
                        "-INF",
                        "+INF",
                        null,
                        metadata,
                        new URIListDocument(List.of("http://h/API/thumbnail/VX-1/VX-42/0@1")),
                        new URIListDocument(List.of("http://h/API/poster/VX-1/VX-42/0@1")),
                        null,
                        List.of(shape),
                        new ItemDocument.Access(null, "ALL"),
                        List.of(new ItemDocument.Access("USER", "READ")),
                        metadata.timespans(),
                        List.of("ext-1"));
        return Stream.of(
                sequence,
                new SequenceListDocument(
                        List.of(new SequenceListDocument.Entry("VX-7", "vidispine"))),
                new SequenceRenderRequestDocument(sequence, metadata),
                new ExportRequestDocument(
                        "proxy",
                        "mp4",
                        List.of("*"),
                        List.of(new ExportRequestDocument.StorageMapping("VX-2", "/Volumes/m/")),
                        List.of(new ExportRequestDocument.ItemMapping("VX-42", "/Volumes/m/a.mov")),
                        sequence),
                new ExportResponseDocument(
                        List.of(
                                new ExportResponseDocument.Problem(
                                        "MISSING_SHAPE",
                                        "no proxy",
                                        "clip-1",
                                        List.of(new KeyValue("tag", "proxy")))),
                        new ExportResponseDocument.Mappings(
                                List.of(
                                        new ExportResponseDocument.AssetMapping(
                                                "a1", "VX-42", "VX-11")),
                                List.of(
                                        new ExportResponseDocument.FileMapping(
                                                "VX-13",
                                                "/m/a.mp4",
                                                "abc",
                                                1000L,
                                                "2020-01-01T00:00:00Z")),
                                List.of(new ExportRequestDocument.StorageMapping("VX-2", "/m/")))),
                job,
                new JobListDocument(12L, List.of(job)),
                new JobProblemListDocument(
                        List.of(
                                new JobProblemListDocument.Problem(
                                        "VX-5",
                                        "RESOURCE",
                                        List.of(new KeyValue("a", "b")),
                                        List.of("VX-29")))),
                item,
                new ItemListDocument(8L, null, List.of(item), "next"),
                metadata,
                ItemSearchDocument.ofField("title", "Dog"),
                ItemSearchDocument.ofText("dog"),
                new URIListDocument(List.of("original", "lowres")),
                shape,
                new TranscodePresetDocument(
                        "lowres",
                        "proxy",
                        "mp4",
                        new TranscodePresetDocument.Audio("aac", 128000L),
                        new TranscodePresetDocument.Video(
                                "h264",
                                1_000_000L,
                                new TimeBaseDocument(1, 25),
                                new TranscodePresetDocument.Scaling(640, 360))),
                new StorageListDocument(
                        List.of(
                                new StorageDocument(
                                        "VX-1",
                                        "NONE",
                                        "LOCAL",
                                        1500000L,
                                        1000L,
                                        List.of(
                                                new StorageDocument.Method(
                                                        "VX-3",
                                                        "file:///srv/media/",
                                                        true,
                                                        true,
                                                        true,
                                                        "NONE"))))),
                new AuthenticationTokenDocument("secret-token", "admin"),
                new VersionDocument(List.of(new VersionDocument.Component("API", "5.6.0"))),
                ExceptionDocument.notFound("Item", "VX-1"),
                ExceptionDocument.invalidInput("sequence", "segment without item"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void jsonRoundTripKeepsEveryMember(Object document) throws IOException {
        String json = Documents.writeJson(document);

        assertThat(Documents.readJson(json, document.getClass())).isEqualTo(document);
        assertThat(json).doesNotContain("null");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void xmlRoundTripKeepsEveryMember(Object document) throws IOException {
        String xml = Documents.writeXml(document);
        String root = document.getClass().getSimpleName();

        assertThat(xml).contains("<" + root + " xmlns=\"" + Documents.NAMESPACE + "\"");
        assertThat(Documents.readXml(xml, document.getClass())).isEqualTo(document);
    }
}

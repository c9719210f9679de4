package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile files give a clear error quickly, never a hang or an exception. */
class HostileInputTest {
    private static final String BILLION_LAUGHS =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
                    + " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                    + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                    + " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                    + "]>\n<SequenceDocument><id>&lol4;</id></SequenceDocument>";
    private static final String EXTERNAL_ENTITY =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<SequenceDocument><id>&xxe;</id></SequenceDocument>";

    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of("vidispine-xml", (SequenceReader) VidispineFormat::readXml),
                Arguments.of("vidispine-json", (SequenceReader) VidispineFormat::readJson),
                Arguments.of("vidispine", VidispineFormat.reader()),
                Arguments.of("edl", new EdlReader()),
                Arguments.of("otio", new OtioReader()));
    }

    static Stream<Arguments> xmlReaders() {
        return Stream.of(
                Arguments.of("vidispine-xml", (SequenceReader) VidispineFormat::readXml),
                Arguments.of("vidispine", VidispineFormat.reader()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlReaders")
    void billionLaughsIsRefusedAtTheDoctype(String label, SequenceReader reader) {
        ReadResult r = quickly(reader, BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8));

        assertFailedWith(r, "DOCTYPE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlReaders")
    void externalEntityIsNeverFetched(String label, SequenceReader reader) {
        ReadResult r = quickly(reader, EXTERNAL_ENTITY.getBytes(StandardCharsets.UTF_8));

        assertFailedWith(r, "DOCTYPE");
        assertThat(r.problems().toString()).doesNotContain("root:");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void fiftyMegabytesOfGarbageFailsFast(String label, SequenceReader reader) {
        byte[] garbage = new byte[50 * 1024 * 1024];
        Arrays.fill(garbage, (byte) 'x');

        assertThat(quickly(reader, garbage).sequence()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void binaryContentFails(String label, SequenceReader reader) {
        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);

        ReadResult r = quickly(reader, binary);

        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void emptyContentFails(String label, SequenceReader reader) {
        ReadResult r = quickly(reader, new byte[0]);

        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlReaders")
    void wrongEncodingDeclarationFailsCleanly(String label, SequenceReader reader) {
        byte[] utf16Declared =
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?><SequenceDocument/>"
                        .getBytes(StandardCharsets.UTF_8);

        ReadResult r = quickly(reader, utf16Declared);

        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems().get(0).message()).isNotBlank();
    }

    @Test
    void megabytesOfNumberedGarbageAreRefusedAsAnEdlQuickly() {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        while (text.length() < 8 * 1024 * 1024) {
            text.append(random.nextInt(1000)).append(' ').append(random.nextInt()).append('\n');
        }

        ReadResult r = quickly(new EdlReader(), text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems()).hasSizeLessThanOrEqualTo(1002);
        assertThat(r.problems().get(0).message()).contains("not a CMX 3600 EDL");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        byte[] deep = ("{\"a\":" + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8);

        assertThat(quickly(new OtioReader(), deep).sequence()).isEmpty();
        assertThat(quickly(VidispineFormat.reader(), deep).sequence()).isEmpty();
    }

    @Test
    void deeplyNestedJsonIsExplainedInPlainWords() {
        byte[] deep = ("{\"a\":" + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8);

        for (SequenceReader reader : List.of(new OtioReader(), VidispineFormat.reader())) {
            assertThat(quickly(reader, deep).problems())
                    .singleElement()
                    .extracting(Problem::message)
                    .asString()
                    .contains("nested deeper than 200 levels")
                    .doesNotContain("StreamReadConstraints");
        }
    }

    @Test
    void deeplyNestedXmlIsRefused() {
        String deep =
                "<SequenceDocument>"
                        + "<a>".repeat(5_000)
                        + "</a>".repeat(5_000)
                        + "</SequenceDocument>";

        ReadResult r = quickly(VidispineFormat.reader(), deep.getBytes(StandardCharsets.UTF_8));

        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems().get(0).severity()).isEqualTo(Problem.Severity.ERROR);
    }

    @Test
    void otioInAnEncodingOtherThanUtf8FailsCleanly() {
        byte[] latin1 =
                "{\"OTIO_SCHEMA\":\"Timeline.1\",\"name\":\"Caf\u00e9\"}"
                        .getBytes(StandardCharsets.ISO_8859_1);

        ReadResult r = quickly(new OtioReader(), latin1);

        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems().get(0).message()).contains("not valid JSON");
    }

    @Test
    void edlInUtf16WithAByteOrderMarkIsRead() {
        byte[] utf16 =
                ("TITLE: x\n001  AX V     C        00:00:00:00 00:00:01:00 "
                                + "01:00:00:00 01:00:01:00\n")
                        .getBytes(StandardCharsets.UTF_16);

        ReadResult r = quickly(new EdlReader(), utf16);

        assertThat(r.sequence().orElseThrow().segmentCount()).isEqualTo(1);
    }

    static ReadResult quickly(SequenceReader reader, byte[] content) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> reader.read(content, "hostile"));
    }

    private static void assertFailedWith(ReadResult r, String text) {
        assertThat(r.sequence()).isEmpty();
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(r.problems().get(0).message()).contains(text);
    }
}

package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Hostile or broken files give one clear error, quickly, from every reader of this part. */
class FinalCutHostileInputTest {
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    private static String root(SequenceFormat format) {
        return format == SequenceFormat.FINALCUT ? "xmeml" : "fcpxml";
    }

    private static ReadResult read(SequenceFormat format, byte[] content) {
        return assertTimeoutPreemptively(
                QUICKLY, () -> SequenceFormats.reader(format).read(content, "hostile"));
    }

    private static void assertClearFailure(ReadResult result, String expected) {
        assertThat(result.sequence()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(result.problems().get(0).message()).contains(expected);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(names = {"FINALCUT", "FINALCUT_X"})
    void billionLaughsIsRefusedBeforeExpanding(SequenceFormat format) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root(format) + " [");
        dtd.append("<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            String prev = "&l" + (i - 1) + ";";
            dtd.append("<!ENTITY l").append(i).append(" \"").append(prev.repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml =
                "<?xml version=\"1.0\"?>"
                        + dtd
                        + "<"
                        + root(format)
                        + ">&l9;</"
                        + root(format)
                        + ">";

        assertClearFailure(read(format, utf8(xml)), "DOCTYPE");
    }

    @ParameterizedTest
    @EnumSource(names = {"FINALCUT", "FINALCUT_X"})
    void externalEntitiesAreRefused(SequenceFormat format) {
        String r = root(format);
        String xml =
                "<?xml version=\"1.0\"?><!DOCTYPE "
                        + r
                        + " [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><"
                        + r
                        + ">&x;</"
                        + r
                        + ">";
        String external =
                "<?xml version=\"1.0\"?><!DOCTYPE "
                        + r
                        + " SYSTEM \"http://127.0.0.1:9/evil.dtd\"><"
                        + r
                        + "/>";

        assertClearFailure(read(format, utf8(xml)), "DOCTYPE");
        assertClearFailure(read(format, utf8(external)), "DOCTYPE");
    }

    @ParameterizedTest
    @EnumSource(names = {"FINALCUT", "FINALCUT_X", "AAF"})
    void fiftyMegabytesOfGarbageFailQuickly(SequenceFormat format) {
        byte[] garbage = new byte[50 * 1024 * 1024];
        new Random(4).nextBytes(garbage);

        ReadResult result = read(format, garbage);

        assertThat(result.sequence()).isEmpty();
        assertThat(result.problems()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(names = {"FINALCUT", "FINALCUT_X"})
    void moreThanTheSizeLimitIsRefusedUnread(SequenceFormat format) {
        byte[] huge = new byte[SafeXml.MAX_BYTES + 1];

        assertClearFailure(read(format, huge), "larger than");
    }

    @ParameterizedTest
    @EnumSource(names = {"FINALCUT", "FINALCUT_X"})
    void binaryEmptyAndWronglyEncodedFilesFailClearly(SequenceFormat format) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] latin1 =
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><"
                                + root(format)
                                + "><name>Caf\u00e9</name></"
                                + root(format)
                                + ">")
                        .getBytes(StandardCharsets.ISO_8859_1);

        assertClearFailure(read(format, png), "not well-formed");
        assertClearFailure(read(format, new byte[0]), "empty");
        assertClearFailure(read(format, latin1), "not well-formed");
    }

    @ParameterizedTest
    @EnumSource(names = {"FINALCUT_X"})
    void deeplyNestedConnectedClipsDoNotCrashTheReader(SequenceFormat format) {
        int depth = 20000;
        String open = "<title lane=\"1\" offset=\"0s\" duration=\"1s\">";
        String xml =
                "<fcpxml version=\"1.10\"><resources><format id=\"r1\" frameDuration=\"1/25s\"/>"
                        + "</resources><project name=\"p\"><sequence format=\"r1\"><spine>"
                        + "<gap offset=\"0s\" duration=\"1s\">"
                        + open.repeat(depth)
                        + "</title>".repeat(depth)
                        + "</gap></spine></sequence></project></fcpxml>";

        ReadResult result = read(format, utf8(xml));

        assertThat(result.problems()).isNotEmpty();
    }
}

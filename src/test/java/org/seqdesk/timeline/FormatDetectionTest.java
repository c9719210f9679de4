package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seqdesk.timeline.FinalCutXmlCorpusTest.corpus;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Detection looks at the real XML root element, whatever prolog comes before it. */
class FormatDetectionTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fcpxmlWithFilterElementsEarlyIsFinalCutX() {
        byte[] content = corpus("fcpx/dawfilekit_TransitionMarkers1.fcpxml");

        assertThat(SequenceFormats.detect("dawfilekit_TransitionMarkers1.fcpxml", content))
                .contains(SequenceFormat.FINALCUT_X);
        assertThat(SequenceFormats.detect("", content)).contains(SequenceFormat.FINALCUT_X);
    }

    @Test
    void longDoctypeAndCommentBeforeTheRootDoNotHideIt() {
        String padding = "x".repeat(10_000);
        String fcpx =
                "\ufeff<?xml version=\"1.0\"?>\n<!-- "
                        + padding
                        + " <xmeml> -->\n<!DOCTYPE fcpxml [ <!ENTITY a \""
                        + padding
                        + "\"> ]>\n<fcpxml version=\"1.9\"><filter-video/></fcpxml>";
        String xmeml =
                "<?xml version=\"1.0\"?><!DOCTYPE xmeml><!-- <fcpxml> "
                        + padding
                        + " --><xmeml version=\"5\"><sequence/></xmeml>";

        assertThat(SequenceFormats.detect("a.xml", utf8(fcpx))).contains(SequenceFormat.FINALCUT_X);
        assertThat(SequenceFormats.detect("a.xml", utf8(xmeml))).contains(SequenceFormat.FINALCUT);
    }

    @Test
    void fcpxmlExtensionIsAStrongHintForUnknownXmlRoots() {
        byte[] content = utf8("<?xml version=\"1.0\"?><library/>");

        assertThat(SequenceFormats.detect("Cut.FCPXML", content))
                .contains(SequenceFormat.FINALCUT_X);
    }

    @Test
    void prefixedSequenceDocumentRootIsVidispine() {
        byte[] content =
                utf8("<!-- " + "c".repeat(5000) + " --><vs:SequenceDocument xmlns:vs=\"urn:x\"/>");

        assertThat(SequenceFormats.detect("a.xml", content)).contains(SequenceFormat.VIDISPINE);
    }
}

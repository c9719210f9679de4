package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seqdesk.timeline.FinalCutXmlCorpusTest.corpus;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AafProbeReaderTest {
    private final SequenceReader reader = SequenceFormats.reader(SequenceFormat.AAF);

    @Test
    void anAafContainerIsRecognisedAndClearlyNotRead() {
        ReadResult result = reader.read(corpus("aaf/pyaaf2_empty.aaf"), "empty.aaf");

        assertThat(result.sequence()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(result.problems().get(0).message())
                .startsWith("no sequence read")
                .contains("structured-storage container (compound file version 4, 4096-byte")
                .contains("carries an AAF signature")
                .contains("does not read AAF compositions");
    }

    @Test
    void somethingElseIsNotTakenForAnAafFile() {
        ReadResult result = reader.read("<xmeml/>".getBytes(StandardCharsets.UTF_8), "renamed.aaf");

        assertThat(result.sequence()).isEmpty();
        assertThat(result.problems().get(0).message())
                .contains("not a structured-storage container");
    }

    @Test
    void detectionSendsTheContainerToThisReader() {
        assertThat(SequenceFormats.detect("x.bin", corpus("aaf/pyaaf2_empty.aaf")))
                .contains(SequenceFormat.AAF);
    }
}

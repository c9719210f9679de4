package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.JobDocument;
import org.seqdesk.api.doc.JobState;

class JobDocumentsTest {

    private static JobSnapshot read(String json) throws Exception {
        return JobDocuments.toSnapshot(Documents.readJson(json, JobDocument.class));
    }

    @Test
    void readsStateTimesStepAndTaskPercentage() throws Exception {
        JobSnapshot job =
                read(
                        "{\"jobId\":\"VX-29\",\"user\":\"admin\","
                                + "\"started\":\"2020-10-02T15:36:54.047+0000\","
                                + "\"status\":\"STARTED\",\"type\":\"CONFORM\","
                                + "\"priority\":\"HIGH\",\"totalSteps\":3,"
                                + "\"currentStep\":{\"description\":\"Rendering\",\"number\":2},"
                                + "\"data\":[{\"key\":\"itemId\",\"value\":\"VX-5\"}],"
                                + "\"log\":{\"task\":[{\"step\":2,\"progress\":"
                                + "{\"value\":12.5,\"total\":100,\"unit\":\"percent\"}}]}}");

        assertThat(job.state()).isEqualTo(JobState.STARTED);
        assertThat(job.started()).isEqualTo(Instant.parse("2020-10-02T15:36:54.047Z"));
        assertThat(job.progress()).isEqualTo(1250);
        assertThat(JobTexts.step(job)).isEqualTo("Step 2 of 3: Rendering");
        assertThat(job.sourceItem()).isEqualTo("VX-5");
    }

    @Test
    void fallsBackToStepsAndTakesTheFailureFromTheLog() throws Exception {
        JobSnapshot job =
                read(
                        "{\"jobId\":\"VX-30\",\"status\":\"FAILED_TOTAL\",\"type\":\"CONFORM\","
                                + "\"priority\":\"MEDIUM\",\"totalSteps\":4,"
                                + "\"currentStep\":{\"number\":3},"
                                + "\"log\":{\"task\":[{\"errorMessage\":\"No shape with tag"
                                + " lowres\"}]}}");

        assertThat(job.progress()).isEqualTo(5000);
        assertThat(job.errorMessage()).isEqualTo("No shape with tag lowres");
    }

    @Test
    void saysWhatAWaitingJobWaitsFor() throws Exception {
        JobSnapshot job =
                read(
                        "{\"jobId\":\"VX-31\",\"status\":\"WAITING\",\"type\":\"CONFORM\","
                                + "\"priority\":\"LOW\",\"waiting\":{\"resourceId\":\"VX-2\","
                                + "\"resourceType\":\"transcoder\"}}");

        assertThat(job.waitingFor()).isEqualTo("transcoder VX-2");
        assertThat(JobTexts.reason(job)).isEqualTo("It waits for transcoder VX-2.");
    }
}

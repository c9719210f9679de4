package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.sandbox.SharedSandbox;

/** Conform metadata against the shared sandbox. */
class ConformMetadataWorkflowTest {
    private static VidiCoreClient client;
    private final List<ConformMetadataWorkflow.Outcome> outcomes = new ArrayList<>();

    @BeforeAll
    static void connect() {
        client =
                VidiCoreClientFactory.create(
                        ClientConfig.builder(SharedSandbox.get().apiUrl())
                                .basicAuth("admin", "admin")
                                .build());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private ConformMetadataWorkflow workflow() {
        return new ConformMetadataWorkflow(ApiJobService.on(client), TaskRunner.inline());
    }

    @Test
    void conformingASequenceItemSucceedsAndSaysSo() {
        workflow().run("VX-4", outcomes::add);

        assertThat(outcomes)
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.result())
                                    .isEqualTo(ConformMetadataWorkflow.Result.SUCCEEDED);
                            assertThat(o.message()).contains("VX-4");
                            assertThat(ConformMetadataWorkflow.alert(o).severity())
                                    .isEqualTo(JobAlert.Severity.INFORMATION);
                        });
    }

    @Test
    void conformingAnItemTheServerDoesNotHaveFailsInPlainWords() {
        workflow().run("VX-999", outcomes::add);

        assertThat(outcomes)
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.result()).isEqualTo(ConformMetadataWorkflow.Result.FAILED);
                            assertThat(o.message()).contains("VX-999").contains("does not have it");
                        });
    }
}

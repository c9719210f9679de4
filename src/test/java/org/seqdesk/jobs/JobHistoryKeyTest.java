package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seqdesk.api.ClientConfig;

class JobHistoryKeyTest {
    private static ClientConfig sandboxOnPort(int port) {
        return ClientConfig.builder("http://127.0.0.1:" + port + "/API/")
                .basicAuth("admin", "admin")
                .build();
    }

    @Test
    void theSandboxKeepsItsHistoryWhenItsPortChanges() {
        assertThat(JobsModule.historyKey(sandboxOnPort(40111), "sandbox"))
                .isEqualTo(JobsModule.historyKey(sandboxOnPort(45222), "sandbox"))
                .isEqualTo("admin @ profile:sandbox");
    }

    @Test
    void differentUsersOfOneProfileKeepSeparateHistories() {
        ClientConfig editor =
                ClientConfig.builder("https://vc.example/API/")
                        .basicAuth("admin", "x")
                        .runAs("editor")
                        .build();
        assertThat(JobsModule.historyKey(editor, "staging")).isEqualTo("editor @ profile:staging");
        assertThat(JobsModule.historyKey(editor, "staging"))
                .isNotEqualTo(
                        JobsModule.historyKey(
                                ClientConfig.builder("https://vc.example/API/")
                                        .basicAuth("admin", "x")
                                        .build(),
                                "staging"));
    }

    @Test
    void withoutAProfileTheServerAddressNamesTheHistoryAsBefore() {
        assertThat(JobsModule.historyKey(sandboxOnPort(40111), null))
                .isEqualTo(JobsModule.serverKey(sandboxOnPort(40111)))
                .isEqualTo("admin @ http://127.0.0.1:40111/API/");
    }
}

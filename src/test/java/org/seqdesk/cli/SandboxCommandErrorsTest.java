package org.seqdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code seqdesk sandbox} refuses a bad command line in one plain sentence naming the option. */
class SandboxCommandErrorsTest {
    @TempDir Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = SeqDeskCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "sandbox";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void zeroJobsNamesTheJobsOption() {
        assertThat(run("--port", "0", "--data", data(), "--jobs", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--jobs must be at least 1").doesNotContain("max");
    }

    @Test
    void aMissingUsersFileIsSaidToBeMissing() {
        Path users = dir.resolve("nonexistent");

        assertThat(run("--port", "0", "--data", data(), "--users", users.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("users file " + users + " does not exist");
    }

    @Test
    void aDataFolderThatCannotBeMadeIsNamedWithTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        Path inside = file.resolve("data");

        assertThat(run("--port", "0", "--data", inside.toString(), "--demo", "NONE")).isEqualTo(2);

        assertThat(err.toString())
                .contains("data folder " + inside + " cannot be created: ")
                .doesNotContain("Exception");
    }

    @Test
    void anAddressNotOnThisMachineIsSaidToBeUnusable() {
        // Not one of this machine's addresses: refused before anything binds or is sent.
        assertThat(run("--host", "10.255.255.1", "--port", "0", "--data", data())).isEqualTo(2);

        assertThat(err.toString())
                .contains("--host 10.255.255.1 cannot be used")
                .doesNotContain("already in use");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aTakenPortFailsBeforeAnyDataIsCreated() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String port = String.valueOf(taken.getLocalPort());

            long start = System.nanoTime();
            assertThat(run("--host", "127.0.0.1", "--port", port, "--data", data())).isEqualTo(2);

            assertThat(err.toString()).contains("port " + port + " on 127.0.0.1 is already in use");
            assertThat(dir.resolve("data")).doesNotExist();
            assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        }
    }
}

package org.seqdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SandboxCommandTest {
    @TempDir Path dir;

    @Test
    void sandboxCommandServesWithTheGivenUsersUntilStopped() throws Exception {
        Path users = dir.resolve("users.txt");
        Files.writeString(users, "# test users\nalice:wonderland:_administrator\n");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SeqDeskCommand());
        cli.setOut(new PrintWriter(out, true));
        int[] exit = {-1};
        Thread runner =
                new Thread(
                        () ->
                                exit[0] =
                                        cli.execute(
                                                "sandbox",
                                                "--port",
                                                "0",
                                                "--data",
                                                dir.resolve("data").toString(),
                                                "--demo",
                                                "NONE",
                                                "--users",
                                                users.toString()));
        runner.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Matcher url = Pattern.compile("running at (\\S+)").matcher("");
        while (!out.toString().contains("Ctrl+C") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(out.toString()).contains("running at http://127.0.0.1:").contains("alice");
        assertThat(url.reset(out.toString()).find()).isTrue();
        HttpResponse<String> r =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(url.group(1) + "shape-tag"))
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + java.util.Base64.getEncoder()
                                                                .encodeToString(
                                                                        "alice:wonderland"
                                                                                .getBytes()))
                                        .header("Accept", "text/plain")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("lowres");
        runner.interrupt();
        runner.join(30_000);
        assertThat(runner.isAlive()).isFalse();
    }

    @Test
    void helpListsTheSandboxOptions() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SeqDeskCommand());
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("sandbox", "--help")).isZero();
        assertThat(out.toString())
                .contains("--port")
                .contains("--data")
                .contains("--fresh")
                .contains("--users")
                .contains("--missing-items")
                .contains("FAIL, WAIT")
                .contains("--remote-notifications")
                .contains("--subtitle-field");
    }
}

package org.seqdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.sandbox.SandboxDirs;
import org.seqdesk.sandbox.SandboxOptions;
import org.seqdesk.sandbox.auth.User;
import org.seqdesk.sandbox.auth.UserFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seqdesk sandbox}: runs the embedded VidiCore-compatible server until interrupted. */
@Command(
        name = "sandbox",
        mixinStandardHelpOptions = true,
        description = "Run a local VidiCore-compatible server with demo content.")
public final class SandboxCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--port",
            description = "Port to listen on (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port = 8080;

    @Option(names = "--host", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--data", description = "Data folder (default: SeqDesk's data folder).")
    Path data;

    @Option(names = "--fresh", description = "Delete the data folder first.")
    boolean fresh;

    @Option(names = "--users", description = "Users file: one name:password:role,role per line.")
    Path users;

    @Option(
            names = "--demo",
            description =
                    "Demo content on first start: ${COMPLETION-CANDIDATES} (default"
                            + " ${DEFAULT-VALUE}).")
    SandboxConfig.DemoMode demo = SandboxConfig.DemoMode.FULL;

    @Option(names = "--jobs", description = "Jobs that may run at once (default ${DEFAULT-VALUE}).")
    int jobs = 2;

    @Option(
            names = "--missing-items",
            description =
                    "A render whose segments name items that do not exist: ${COMPLETION-CANDIDATES}"
                            + " (default ${DEFAULT-VALUE}).")
    SandboxOptions.MissingSourceItem missingItems = SandboxOptions.MissingSourceItem.FAIL;

    @Option(
            names = "--remote-notifications",
            description = "Allow job notifications to hosts other than this machine.")
    boolean remoteNotifications;

    @Option(
            names = "--subtitle-field",
            description = "Timed field holding subtitles to burn in (default ${DEFAULT-VALUE}).")
    String subtitleField = "stl_text";

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (jobs < 1) {
            throw new Refused("--jobs must be at least 1, not " + jobs);
        }
        if (users != null && !Files.isRegularFile(users)) {
            throw new Refused("the users file " + users + " does not exist");
        }
        List<User> userList = users == null ? List.of() : UserFile.read(users);
        SandboxChecks.address(host, port);
        Path dataDir = data == null ? SandboxDirs.defaultDataDir() : data;
        if (!fresh) {
            SandboxChecks.dataFolder(dataDir);
        }
        SandboxConfig config =
                new SandboxConfig(
                        host,
                        port,
                        dataDir,
                        fresh,
                        userList,
                        demo,
                        jobs,
                        new SandboxOptions(missingItems, remoteNotifications, subtitleField));
        Sandbox sandbox = Sandbox.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(stopped::countDown, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("SeqDesk sandbox running at " + sandbox.apiUrl());
        out.println("Data folder: " + config.dataDir());
        out.println(
                userList.isEmpty()
                        ? "Log in as admin / admin"
                        : "Users from "
                                + users
                                + ": "
                                + userList.stream().map(User::name).toList());
        out.println("Press Ctrl+C to stop.");
        out.flush();
        try {
            stopped.await();
        } finally {
            sandbox.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        return 0;
    }

    /** A command line the sandbox cannot run with; the message says why in plain words. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}

package org.seqdesk.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line twin of the app: {@code seqdesk COMMAND …}. */
@Command(
        name = "seqdesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "SeqDesk: sequences on VidiCore servers, from the command line.",
        subcommands = {CommandLine.HelpCommand.class, SandboxCommand.class, ConvertCommand.class})
public final class SeqDeskCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SeqDeskCommand.class);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line as {@link #run} executes it, failures said in one line. */
    static CommandLine commandLine() {
        return new CommandLine(new SeqDeskCommand())
                .setExecutionExceptionHandler(SeqDeskCommand::failed);
    }

    /**
     * A command that fails says why in one line, with the innermost cause (a port in use, a data
     * folder held by another sandbox); the stack trace goes to the log only.
     */
    private static int failed(
            Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why =
                root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String what = e.getMessage() == null || e == root ? "" : e.getMessage() + ": ";
        LOG.debug("{} failed", commandLine.getCommandName(), e);
        commandLine.getErr().println("error: " + what + why.lines().findFirst().orElse(why));
        return 2;
    }
}

package org.seqdesk.cli;

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
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new SeqDeskCommand()).execute(args);
    }
}

package org.seqdesk.app;

import org.seqdesk.cli.SeqDeskCommand;

/**
 * The one entry point. With no arguments it opens the window; with arguments it runs the
 * command-line twin. It does not extend {@code Application}, so the JavaFX runtime can come from
 * the class path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // Logback reads this when it starts, so it must be set before the first logger.
        System.setProperty("seqdesk.logdir", AppDirs.logDir().toString());
        if (args.length == 0) {
            SeqDeskApp.launchApp(args);
        } else {
            System.exit(SeqDeskCommand.run(args));
        }
    }
}

package org.seqdesk.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.seqdesk.cli.SeqDeskCommand;

/**
 * The one entry point. With no arguments it opens the window; with arguments it runs the
 * command-line twin. A single argument naming an existing editing file is not a command: the
 * desktop's file associations start SeqDesk that way, so it opens the window and the app opens the
 * file. It does not extend {@code Application}, so the JavaFX runtime can come from the class path.
 */
public final class Launcher {
    /** Extensions of the files the desktop hands to SeqDesk to open, lower case. */
    static final List<String> OPENABLE_EXTENSIONS = List.of(".otio", ".fcpxml", ".edl", ".xml");

    private static volatile Path fileToOpen;

    private Launcher() {}

    public static void main(String[] args) {
        // Logback reads this when it starts, so it must be set before the first logger.
        System.setProperty("seqdesk.logdir", AppDirs.logDir().toString());
        Optional<Path> file = openableFile(args);
        if (args.length == 0 || file.isPresent()) {
            fileToOpen = file.orElse(null);
            SeqDeskApp.launchApp(new String[0]);
        } else {
            System.exit(SeqDeskCommand.run(args));
        }
    }

    /** The editing file SeqDesk was started with (e.g. by a double-click), if any. */
    public static Optional<Path> fileToOpen() {
        return Optional.ofNullable(fileToOpen);
    }

    /** The file to open in the window when {@code args} is one existing editing file. */
    static Optional<Path> openableFile(String[] args) {
        if (args.length != 1) {
            return Optional.empty();
        }
        String name = args[0].toLowerCase(Locale.ROOT);
        if (OPENABLE_EXTENSIONS.stream().noneMatch(name::endsWith)) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(args[0]);
            return Files.isRegularFile(path)
                    ? Optional.of(path.toAbsolutePath().normalize())
                    : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}

package org.seqdesk.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where SeqDesk keeps its data and logs: {@code -Dseqdesk.home}, else {@code SEQDESK_HOME}, else
 * the operating system's per-user data folder.
 */
public final class AppDirs {
    private AppDirs() {}

    /** The data folder: preferences, history, the sandbox database, logs. */
    public static Path dataDir() {
        String explicit = System.getProperty("seqdesk.home");
        if (explicit == null || explicit.isBlank()) {
            explicit = System.getenv("SEQDESK_HOME");
        }
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("SeqDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("SeqDesk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share"))
                .resolve("seqdesk");
    }

    public static Path logDir() {
        return dataDir().resolve("logs");
    }
}

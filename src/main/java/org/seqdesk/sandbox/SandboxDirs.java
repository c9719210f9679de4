package org.seqdesk.sandbox;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** Where a sandbox keeps its data by default, and wiping it for {@code --fresh}. */
public final class SandboxDirs {
    private SandboxDirs() {}

    /**
     * {@code sandbox} under SeqDesk's data folder: {@code -Dseqdesk.home}, else {@code
     * SEQDESK_HOME}, else the operating system's per-user data folder.
     */
    public static Path defaultDataDir() {
        String explicit = System.getProperty("seqdesk.home");
        if (explicit == null || explicit.isBlank()) {
            explicit = System.getenv("SEQDESK_HOME");
        }
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit, "sandbox");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path base;
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            base = (appData != null ? Path.of(appData) : home).resolve("SeqDesk");
        } else if (os.contains("mac")) {
            base = home.resolve("Library/Application Support/SeqDesk");
        } else {
            String xdg = System.getenv("XDG_DATA_HOME");
            base =
                    (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share"))
                            .resolve("seqdesk");
        }
        return base.resolve("sandbox");
    }

    /** Deletes {@code dir} and everything in it, if it exists. */
    public static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(
                dir,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e)
                            throws IOException {
                        Files.delete(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}

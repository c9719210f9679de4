package org.seqdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small preferences file in the data folder ({@code preferences.properties}): theme, language.
 * Each change rewrites the file with the other keys kept, through a temporary file, so a crash
 * never leaves half a file.
 */
final class PreferencesFile {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesFile.class);

    private final Path file;

    PreferencesFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** The stored value; empty when the key or the file is missing or unreadable. */
    synchronized Optional<String> get(String key) {
        return Optional.ofNullable(read().getProperty(key));
    }

    /** Stores {@code value} under {@code key}; a failure is logged, the app goes on. */
    synchronized void put(String key, String value) {
        Properties values = read();
        values.setProperty(key, value);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "preferences", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "SeqDesk preferences");
            }
            Files.move(
                    tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save preferences to {}", file, e);
        }
    }

    private Properties read() {
        Properties values = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable preferences {}", file, e);
            }
        }
        return values;
    }
}

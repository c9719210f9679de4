package org.seqdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Window size and divider positions, kept in a small file written atomically. */
public final class WindowState {
    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);

    private final Path file;
    private final Properties values = new Properties();

    public WindowState(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable window state {}", file, e);
            }
        }
    }

    public double get(String key, double fallback) {
        try {
            String v = values.getProperty(key);
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    /** Writes a temporary file and moves it over the old one, so a crash never leaves half. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "window", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "SeqDesk window state");
            }
            Files.move(
                    tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save window state to {}", file, e);
        }
    }
}

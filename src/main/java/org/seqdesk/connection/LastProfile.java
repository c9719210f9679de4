package org.seqdesk.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which profile was used last, in a small properties file, so the next start connects to it. */
final class LastProfile {
    private static final Logger LOG = LoggerFactory.getLogger(LastProfile.class);
    private static final String LAST = "last.profile";

    private final Path file;

    LastProfile(Path file) {
        this.file = file;
    }

    /** The id of the profile used last, or {@code otherwise}. */
    String id(String otherwise) {
        return read().getProperty(LAST, otherwise);
    }

    void remember(String id) {
        Properties p = read();
        p.setProperty(LAST, id);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "SeqDesk connection");
            }
        } catch (IOException e) {
            LOG.debug("Cannot write {}", file, e);
        }
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                LOG.debug("Cannot read {}", file, e);
            }
        }
        return p;
    }
}

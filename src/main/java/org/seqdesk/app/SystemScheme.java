package org.seqdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the desktop's light or dark choice where the system offers one. */
final class SystemScheme {
    private static final Logger LOG = LoggerFactory.getLogger(SystemScheme.class);
    private static final Path GSETTINGS = Path.of("/usr/bin/gsettings");

    private SystemScheme() {}

    /** True when GNOME's {@code color-scheme} is {@code prefer-dark}; false when unknown. */
    static boolean gnomePrefersDark() {
        if (!Files.isExecutable(GSETTINGS)) {
            return false;
        }
        try {
            Process p =
                    new ProcessBuilder(
                                    GSETTINGS.toString(),
                                    "get",
                                    "org.gnome.desktop.interface",
                                    "color-scheme")
                            .redirectErrorStream(true)
                            .start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroy();
                return false;
            }
            try (InputStream in = p.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("dark");
            }
        } catch (IOException e) {
            LOG.debug("Could not read the desktop colour scheme", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.seqdesk.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Properties;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last export settings per server and the named presets, in one properties file. Every save
 * writes a temporary file and moves it over the old one, so a crash never leaves half a file.
 * Server URLs and preset names are encoded into keys, so any characters are safe.
 */
public final class ExportSettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(ExportSettingsStore.class);
    private static final String LAST = "last.";
    private static final String PRESET = "preset.";

    private final Path file;

    public ExportSettingsStore(Path file) {
        this.file = file;
    }

    /** The settings last used with {@code serverUrl}, or the defaults. */
    public synchronized ExportSettings last(String serverUrl) {
        return last(serverUrl, serverUrl);
    }

    /**
     * The settings last saved under {@code key}; else those saved under {@code fallbackKey} (how
     * older versions keyed them, by server URL); else the defaults.
     */
    public synchronized ExportSettings last(String key, String fallbackKey) {
        Properties p = load();
        for (String k : new String[] {key, fallbackKey}) {
            String prefix = LAST + key(k) + ".";
            if (k != null && p.containsKey(prefix + "type")) {
                return ExportSettings.fromProperties(p, prefix);
            }
        }
        return ExportSettings.defaults();
    }

    public synchronized void saveLast(String serverUrl, ExportSettings settings)
            throws IOException {
        Properties p = load();
        settings.toProperties(p, LAST + key(serverUrl) + ".");
        store(p);
    }

    /** The preset names, sorted. */
    public synchronized TreeSet<String> presetNames() {
        TreeSet<String> names = new TreeSet<>();
        for (String k : load().stringPropertyNames()) {
            if (k.startsWith(PRESET) && k.endsWith(".type")) {
                names.add(unkey(k.substring(PRESET.length(), k.length() - ".type".length())));
            }
        }
        return names;
    }

    public synchronized ExportSettings preset(String name) {
        return ExportSettings.fromProperties(load(), PRESET + key(name) + ".");
    }

    public synchronized void savePreset(String name, ExportSettings settings) throws IOException {
        Properties p = load();
        settings.toProperties(p, PRESET + key(name) + ".");
        store(p);
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Cannot read export settings {}, starting afresh", file, e);
            }
        }
        return p;
    }

    private void store(Properties p) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "SeqDesk export settings");
            }
            try {
                Files.move(
                        tmp,
                        file,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String key(String text) {
        if (text == null) {
            return "";
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String unkey(String key) {
        return new String(Base64.getUrlDecoder().decode(key), StandardCharsets.UTF_8);
    }
}

package org.seqdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the desktop's light or dark choice where the system offers one: GNOME's {@code
 * color-scheme}, the Windows registry's {@code AppsUseLightTheme}, macOS's {@code
 * AppleInterfaceStyle}. Asking runs a small program, so it belongs on a background thread ({@link
 * #probe()}); the answers are read by pure functions.
 */
final class SystemScheme {
    private static final Logger LOG = LoggerFactory.getLogger(SystemScheme.class);
    private static final Path GSETTINGS = Path.of("/usr/bin/gsettings");
    private static final long TIMEOUT_SECONDS = 2;

    static final List<String> GNOME_COMMAND =
            List.of(GSETTINGS.toString(), "get", "org.gnome.desktop.interface", "color-scheme");
    static final List<String> WINDOWS_COMMAND =
            List.of(
                    "reg",
                    "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v",
                    "AppsUseLightTheme");
    static final List<String> MAC_COMMAND =
            List.of("defaults", "read", "-g", "AppleInterfaceStyle");

    private SystemScheme() {}

    /** What a program printed and how it ended. */
    record Output(int exitCode, String text) {}

    /**
     * The desktop's choice without running anything: {@code GTK_THEME} naming a dark theme (or
     * {@code :dark}); empty when only a program can tell.
     */
    static Optional<Boolean> fromEnvironment(String gtkTheme) {
        if (gtkTheme == null || gtkTheme.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(gtkTheme.toLowerCase(Locale.ROOT).contains("dark"));
    }

    /** Asks the operating system; false (light) when it cannot tell. Blocks up to 2 seconds. */
    static boolean probe() {
        Optional<Boolean> env = fromEnvironment(System.getenv("GTK_THEME"));
        if (env.isPresent()) {
            return env.get();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return run(WINDOWS_COMMAND).flatMap(SystemScheme::windowsPrefersDark).orElse(false);
        }
        if (os.contains("mac")) {
            return run(MAC_COMMAND).flatMap(SystemScheme::macPrefersDark).orElse(false);
        }
        if (!Files.isExecutable(GSETTINGS)) {
            return false;
        }
        return run(GNOME_COMMAND).flatMap(SystemScheme::gnomePrefersDark).orElse(false);
    }

    /** {@code 'prefer-dark'} is dark; {@code 'default'} and {@code 'prefer-light'} are light. */
    static Optional<Boolean> gnomePrefersDark(Output out) {
        String text = out.text().strip();
        if (out.exitCode() != 0 || !text.startsWith("'")) {
            return Optional.empty();
        }
        return Optional.of(text.contains("dark"));
    }

    /**
     * {@code AppsUseLightTheme REG_DWORD 0x0} is dark, {@code 0x1} light; a missing value (older
     * Windows) says nothing.
     */
    static Optional<Boolean> windowsPrefersDark(Output out) {
        if (out.exitCode() != 0) {
            return Optional.empty();
        }
        for (String line : out.text().split("\\R")) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 3
                    && words[0].equalsIgnoreCase("AppsUseLightTheme")
                    && words[1].equalsIgnoreCase("REG_DWORD")) {
                try {
                    return Optional.of(Long.decode(words[2]) == 0);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code Dark} is dark. In light mode the key does not exist: {@code defaults} then fails with
     * "does not exist", which means light.
     */
    static Optional<Boolean> macPrefersDark(Output out) {
        String text = out.text().strip();
        if (out.exitCode() == 0) {
            return Optional.of(text.equalsIgnoreCase("Dark"));
        }
        return text.contains("does not exist") ? Optional.of(false) : Optional.empty();
    }

    private static Optional<Output> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                LOG.debug("{} did not answer in time", command.get(0));
                return Optional.empty();
            }
            try (InputStream in = p.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return Optional.of(new Output(p.exitValue(), text));
            }
        } catch (IOException e) {
            LOG.debug("Could not read the desktop colour scheme with {}", command.get(0), e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

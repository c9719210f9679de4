package org.seqdesk.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SeqDesk version from the build, for the {@code User-Agent}. */
final class ClientVersion {
    private static final String VERSION = load();

    private ClientVersion() {}

    static String version() {
        return VERSION;
    }

    static String userAgent() {
        return "SeqDesk/" + VERSION;
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in =
                ClientVersion.class.getResourceAsStream("/org/seqdesk/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "dev"; // a missing version must not stop the client
        }
        String v = p.getProperty("version", "dev").strip();
        return v.isEmpty() || v.startsWith("${") ? "dev" : v;
    }
}

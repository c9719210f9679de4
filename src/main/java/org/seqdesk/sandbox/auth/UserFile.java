package org.seqdesk.sandbox.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a users file: one user a line as {@code name:password:role,role}; blank lines and lines
 * starting with {@code #} are skipped. A user with no roles can log in but do nothing that needs
 * one.
 */
public final class UserFile {
    private UserFile() {}

    public static List<User> read(Path file) throws IOException {
        List<User> users = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            users.add(parse(trimmed, file, lineNumber));
        }
        return users;
    }

    private static User parse(String line, Path file, int lineNumber) throws IOException {
        String[] parts = line.split(":", 3);
        if (parts.length < 2 || parts[0].isBlank()) {
            throw new IOException(
                    file + " line " + lineNumber + ": expected name:password:role,role");
        }
        Set<String> roles = new LinkedHashSet<>();
        if (parts.length == 3) {
            Arrays.stream(parts[2].split(","))
                    .map(String::strip)
                    .filter(r -> !r.isEmpty())
                    .forEach(roles::add);
        }
        return new User(parts[0].strip(), parts[1], roles);
    }
}

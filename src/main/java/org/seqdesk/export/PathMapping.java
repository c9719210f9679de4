package org.seqdesk.export;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code id=path} pair: a storage whose files the editing tool sees under {@code path}, or an
 * item whose media it finds at {@code path}.
 */
public record PathMapping(String id, String path) {

    public PathMapping {
        id = id.strip();
        path = path.strip();
        if (id.isEmpty() || path.isEmpty()) {
            throw new IllegalArgumentException("a mapping needs an id and a path: " + id);
        }
    }

    /**
     * Reads one mapping per line ({@code id=path}); blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the first line that is not {@code id=path}
     */
    public static List<PathMapping> parseLines(String text) {
        List<PathMapping> mappings = new ArrayList<>();
        if (text == null) {
            return mappings;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new IllegalArgumentException(line.strip());
            }
            mappings.add(new PathMapping(line.substring(0, eq), line.substring(eq + 1)));
        }
        return mappings;
    }

    /** The lines {@link #parseLines} reads. */
    public static String toLines(List<PathMapping> mappings) {
        StringBuilder s = new StringBuilder();
        for (PathMapping m : mappings) {
            s.append(m.asParameter()).append('\n');
        }
        return s.toString();
    }

    /** The {@code id=path} form of the {@code storage} and {@code item} query parameters. */
    public String asParameter() {
        return id + "=" + path;
    }
}

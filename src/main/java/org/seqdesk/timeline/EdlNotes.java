package org.seqdesk.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lines that follow an EDL event line: comments, {@code M2} and {@code AUD}. */
final class EdlNotes {
    private static final Pattern M2 =
            Pattern.compile("(?i)^M2\\s+(.+?)\\s+([-+]?\\d+(?:\\.\\d+)?)\\s+(\\S+)\\s*$");
    private static final Pattern AUD = Pattern.compile("(?i)^AUD\\s+([\\d\\s]+)$");
    private static final Pattern LOC = Pattern.compile("(?i)^LOC:\\s*(\\S+)\\s*(\\S*)\\s*(.*)$");

    private static final Pattern STARS = Pattern.compile("^\\*+\\s*");

    private EdlNotes() {}

    static void note(EdlEvent e, String line, int n, boolean dropFrame, List<Problem> problems) {
        Matcher m;
        if ((m = M2.matcher(line)).matches()) {
            e.speeds.add(new EdlEvent.Speed(m.group(1).strip(), Rational.parse(m.group(2)), n));
            return;
        }
        if ((m = AUD.matcher(line)).matches()) {
            for (String ch : m.group(1).trim().split("\\s+")) {
                e.extraAudio.add(Integer.parseInt(ch));
            }
            return;
        }
        String upper = line.toUpperCase(Locale.ROOT);
        if (upper.startsWith("EFFECTS NAME IS")) {
            e.transitionName = line.substring("EFFECTS NAME IS".length()).strip();
            return;
        }
        if (upper.startsWith("REM") || line.startsWith(">>>")) {
            return;
        }
        boolean starred = line.startsWith("*");
        String body = starred ? STARS.matcher(line).replaceFirst("") : line;
        if (!comment(e, body, n, dropFrame) && !starred) {
            problems.add(
                    Problem.warning(
                            "line " + n, "not understood, ignored: " + EdlReader.clip(line)));
        }
    }

    /** Takes what the model keeps from a comment; false when the comment is not one it knows. */
    private static boolean comment(EdlEvent e, String body, int n, boolean dropFrame) {
        String upper = body.toUpperCase(Locale.ROOT);
        Matcher m;
        if (upper.startsWith("FROM CLIP NAME:")) {
            e.fromName = after(body, ':');
        } else if (upper.startsWith("TO CLIP NAME:")) {
            e.toName = after(body, ':');
        } else if (upper.startsWith("SOURCE FILE:")) {
            String file = after(body, ':');
            if (!file.equalsIgnoreCase("(NULL)")) {
                e.sourceFile = file;
            }
        } else if ((m = LOC.matcher(body)).matches()) {
            e.locs.add(new EdlEvent.Loc(m.group(1), m.group(2), m.group(3).strip(), n, dropFrame));
        } else if (upper.startsWith("ASC_SOP") || upper.startsWith("ASC_SAT")) {
            String name = upper.substring(0, 7);
            String value = body.substring(7).strip();
            e.effects.add(new Effect(name, List.of(new Effect.Parameter(name, value))));
        } else if (upper.startsWith("AVX2 EFFECT,")) {
            e.effects.add(new Effect(after(body, ','), List.of()));
        } else {
            return false;
        }
        return true;
    }

    private static String after(String body, char separator) {
        return body.substring(body.indexOf(separator) + 1).strip();
    }

    /** The audio channels of a line once the event's {@code AUD} notes are added. */
    static Set<Integer> audio(EdlLine line, EdlEvent e) {
        if (e.extraAudio.isEmpty()) {
            return line.audio();
        }
        Set<Integer> all = new TreeSet<>(line.audio());
        all.addAll(e.extraAudio);
        return all;
    }
}

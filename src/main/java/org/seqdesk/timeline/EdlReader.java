package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CMX 3600 EDLs as editing systems write them: {@code TITLE}, {@code FCM} (also changing
 * mid-file), events with any number of digits, long reel names, V/A/A2/AA/B and {@code AUD 3 4}
 * channels, dissolves and wipes, {@code M2} speed lines, clip name, source file and {@code *LOC}
 * comments. Problems name the line.
 *
 * <p>An EDL does not state its frame rate. Unless one is given, the rate is worked out from the
 * largest frame number in the file (up to 23: 24 fps, 24: 25 fps, 29: 29.97, 59: 59.94) and
 * drop-frame from {@code FCM: DROP FRAME}; the guess is reported.
 */
public final class EdlReader implements SequenceReader {
    private static final Pattern FCM = Pattern.compile("(?i)^FCM:\\s*(.*)$");
    private static final Pattern TITLE = Pattern.compile("(?i)^TITLE:\\s*(.*)$");
    private static final Pattern TC_FRAMES = Pattern.compile("[:;.,](\\d\\d)$");

    private static final int MAX_MALFORMED = 1000;

    private final FrameRate rate;

    /** A reader that works out the frame rate from the file. */
    public EdlReader() {
        this(null);
    }

    /** A reader for EDLs at {@code rate}; null to work it out from the file. */
    public EdlReader(FrameRate rate) {
        this.rate = rate;
    }

    @Override
    public ReadResult read(byte[] content, String sourceName) {
        List<Problem> problems = new ArrayList<>();
        String text = EdlText.decode(content, sourceName, problems);
        if (text == null) {
            return ReadResult.failed(problems);
        }
        Pass1 pass = new Pass1(problems);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length && !pass.givenUp(); i++) {
            pass.line(lines[i], i + 1);
        }
        pass.flush();
        if (pass.givenUp()) {
            List<Problem> refused = new ArrayList<>();
            refused.add(
                    Problem.error(
                            sourceName,
                            "not a CMX 3600 EDL: "
                                    + MAX_MALFORMED
                                    + " malformed event lines and no event"));
            refused.addAll(ProblemLimit.limited(problems));
            return ReadResult.failed(refused);
        }
        if (pass.events.isEmpty() && pass.title == null) {
            problems.add(Problem.error(sourceName, "no EDL events found: not a CMX 3600 EDL"));
            return ReadResult.failed(problems);
        }
        if (pass.events.isEmpty()) {
            problems.add(Problem.warning(sourceName, "the EDL has no events"));
        }
        FrameRate r = rate != null ? rate : guessRate(pass, problems);
        Sequence s = new EdlAssembler(r, problems).assemble(pass.title, pass.events);
        return ReadResult.of(s, ProblemLimit.limited(problems));
    }

    private static FrameRate guessRate(Pass1 pass, List<Problem> problems) {
        int maxFrame = 0;
        for (EdlEvent e : pass.events) {
            for (EdlLine l : e.lines) {
                for (String tc : l.times()) {
                    Matcher m = TC_FRAMES.matcher(tc);
                    if (m.find()) {
                        maxFrame = Math.max(maxFrame, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        FrameRate r;
        if (pass.anyDropFrame) {
            r = maxFrame >= 30 ? FrameRate.FPS_59_94_DF : FrameRate.FPS_29_97_DF;
        } else if (maxFrame <= 23) {
            r = FrameRate.FPS_24;
        } else if (maxFrame == 24) {
            r = FrameRate.FPS_25;
        } else if (maxFrame <= 29) {
            r = FrameRate.FPS_29_97_NDF;
        } else if (maxFrame <= 49) {
            r = FrameRate.FPS_50;
        } else {
            r = FrameRate.FPS_59_94_NDF;
        }
        problems.add(
                Problem.info(
                        "",
                        "an EDL does not state its frame rate: "
                                + r.label()
                                + " assumed from frame numbers up to "
                                + maxFrame));
        return r;
    }

    /** Splits the file into events and their notes, without converting any time yet. */
    private static final class Pass1 {
        final List<Problem> problems;
        final List<EdlEvent> events = new ArrayList<>();
        String title;
        boolean dropFrame;
        boolean anyDropFrame;
        private EdlEvent current;
        private int malformed;

        Pass1(List<Problem> problems) {
            this.problems = problems;
        }

        void line(String raw, int n) {
            String line = raw.strip();
            if (line.isEmpty()) {
                return;
            }
            Matcher m;
            if ((m = TITLE.matcher(line)).matches()) {
                title = m.group(1).strip();
            } else if ((m = FCM.matcher(line)).matches()) {
                fcm(m.group(1), n);
            } else if (EdlLine.EVENT_START.matcher(line).matches()) {
                event(line, n);
            } else if (current != null) {
                EdlNotes.note(current, line, n, dropFrame, problems);
            } else if (!line.startsWith("*") && !line.toUpperCase().startsWith("REM")) {
                problems.add(
                        Problem.warning("line " + n, "not understood, ignored: " + clip(line)));
            }
        }

        private void fcm(String mode, int n) {
            String upper = mode.toUpperCase(java.util.Locale.ROOT).replace('-', ' ');
            if (upper.startsWith("DROP")) {
                dropFrame = true;
                anyDropFrame = true;
            } else if (upper.startsWith("NON DROP")) {
                dropFrame = false;
            } else {
                problems.add(Problem.warning("line " + n, "unknown FCM mode: " + clip(mode)));
            }
        }

        private void event(String line, int n) {
            EdlLine parsed = EdlLine.parse(line, n);
            if (parsed == null) {
                malformed++;
                problems.add(
                        Problem.error("line " + n, "malformed event line, skipped: " + clip(line)));
                return;
            }
            if (current == null || !current.number().equals(parsed.number())) {
                flush();
                current = new EdlEvent();
            } else if (current.lines.size() >= 2) {
                problems.add(
                        Problem.warning(
                                "line " + n,
                                "event " + parsed.number() + " has more than two lines"));
            }
            current.lines.add(parsed);
            current.dropFrame.add(dropFrame);
        }

        /** True once the file looks like anything but an EDL. */
        boolean givenUp() {
            return malformed >= MAX_MALFORMED && events.isEmpty() && current == null;
        }

        void flush() {
            if (current != null) {
                events.add(current);
                current = null;
            }
        }
    }

    static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}

package org.seqdesk.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One event line of a CMX 3600 EDL, split by blanks rather than fixed columns so that long reel
 * names and wide event numbers read correctly: {@code NUM REEL CHANNELS TYPE [DURATION] SRC-IN
 * SRC-OUT REC-IN REC-OUT}.
 *
 * @param audio the 1-based audio channels the event lays down
 * @param type {@code C}, {@code D}, {@code W} or {@code K}
 * @param wipe the SMPTE wipe code of a {@code W###} event, else null
 * @param duration the transition length in frames, 0 for a cut
 */
record EdlLine(
        int lineNumber,
        String number,
        String reel,
        String channels,
        boolean video,
        Set<Integer> audio,
        char type,
        Integer wipe,
        int duration,
        String[] times) {

    private static final Pattern TIMECODE =
            Pattern.compile("\\d{1,2}[:;.,]\\d\\d[:;.,]\\d\\d[:;.,]\\d\\d");
    private static final Pattern TYPE = Pattern.compile("C|D|W\\d{1,3}|K[BO]?|KB|KO");
    private static final Pattern AUDIO = Pattern.compile("A\\d{1,2}");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    static final Pattern EVENT_START = Pattern.compile("^\\d+\\s.*");

    /** The line's parts, or null when it is not a well-formed event line. */
    static EdlLine parse(String text, int lineNumber) {
        String[] t = BLANKS.split(text.trim());
        if (t.length < 8) {
            return null;
        }
        String[] times = Arrays.copyOfRange(t, t.length - 4, t.length);
        for (String tc : times) {
            if (!TIMECODE.matcher(tc).matches()) {
                return null;
            }
        }
        int typeIndex = t.length - 5;
        int duration = 0;
        if (!TYPE.matcher(t[typeIndex]).matches() && DIGITS.matcher(t[typeIndex]).matches()) {
            duration = Integer.parseInt(t[typeIndex]);
            typeIndex--;
        }
        if (typeIndex < 3 || !TYPE.matcher(t[typeIndex]).matches()) {
            return null;
        }
        String type = t[typeIndex];
        String channels = t[typeIndex - 1];
        Set<Integer> audio = new TreeSet<>();
        Boolean video = channels(channels, audio);
        if (video == null) {
            return null;
        }
        String reel = String.join(" ", Arrays.copyOfRange(t, 1, typeIndex - 1));
        Integer wipe = type.charAt(0) == 'W' ? Integer.valueOf(type.substring(1)) : null;
        return new EdlLine(
                lineNumber,
                t[0],
                reel,
                channels,
                video,
                audio,
                type.charAt(0),
                wipe,
                duration,
                times);
    }

    /**
     * Reads a channel field ({@code V}, {@code A}, {@code A2}, {@code AA}, {@code B}, {@code AA/V},
     * {@code A12}, {@code NONE}) into {@code audio}; returns whether it holds video, or null when
     * the field is not a channel field.
     */
    static Boolean channels(String field, Set<Integer> audio) {
        boolean video = false;
        for (String part : field.toUpperCase(java.util.Locale.ROOT).split("/")) {
            if (part.equals("V")) {
                video = true;
            } else if (part.equals("B")) {
                video = true;
                audio.add(1);
            } else if (part.equals("A")) {
                audio.add(1);
            } else if (part.equals("AA")) {
                audio.addAll(List.of(1, 2));
            } else if (AUDIO.matcher(part).matches()) {
                audio.add(Integer.parseInt(part.substring(1)));
            } else if (!part.equals("NONE")) {
                return null;
            }
        }
        return video;
    }

    boolean isTransition() {
        return type == 'D' || type == 'W';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EdlLine l && l.lineNumber == lineNumber;
    }

    @Override
    public int hashCode() {
        return lineNumber;
    }

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + number + " " + reel + " " + channels;
    }
}

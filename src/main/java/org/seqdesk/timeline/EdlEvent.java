package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One EDL event as the file gives it: one line for a cut, two for a transition (the outgoing clip,
 * then the incoming one with the transition type), and the notes that follow it.
 */
final class EdlEvent {
    final List<EdlLine> lines = new ArrayList<>();

    /** Per line: whether the FCM in force at it was drop-frame. */
    final List<Boolean> dropFrame = new ArrayList<>();

    String fromName;
    String toName;
    String sourceFile;
    String transitionName;
    final Set<Integer> extraAudio = new TreeSet<>();
    final List<Speed> speeds = new ArrayList<>();
    final List<Loc> locs = new ArrayList<>();
    final List<Effect> effects = new ArrayList<>();

    /** An {@code M2} line: the reel, its speed in frames per second, and the line number. */
    record Speed(String reel, Rational fps, int lineNumber) {}

    /** A {@code *LOC:} marker line. */
    record Loc(String timecode, String color, String text, int lineNumber, boolean dropFrame) {}

    String number() {
        return lines.get(0).number();
    }

    EdlLine last() {
        return lines.get(lines.size() - 1);
    }
}

package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;

/** Bounds a problem report, so that a broken or hostile file cannot flood it. */
final class ProblemLimit {
    /** The most problems a reader lists; the rest are counted. */
    static final int MAX = 1000;

    private ProblemLimit() {}

    /** The first {@link #MAX} problems and, if there were more, a count of the rest. */
    static List<Problem> limited(List<Problem> problems) {
        if (problems.size() <= MAX) {
            return problems;
        }
        List<Problem> kept = new ArrayList<>(problems.subList(0, MAX));
        kept.add(Problem.warning("", (problems.size() - MAX) + " further problems not listed"));
        return kept;
    }
}

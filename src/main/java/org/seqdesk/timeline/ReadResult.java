package org.seqdesk.timeline;

import java.util.List;
import java.util.Optional;

/**
 * What a reader made of a file: the sequence, when one could be built, and every problem met on the
 * way. A reader returns problems instead of failing at the first oddity.
 */
public record ReadResult(Optional<Sequence> sequence, List<Problem> problems) {
    public ReadResult {
        problems = List.copyOf(problems);
    }

    public static ReadResult of(Sequence sequence, List<Problem> problems) {
        return new ReadResult(Optional.of(sequence), problems);
    }

    public static ReadResult failed(List<Problem> problems) {
        return new ReadResult(Optional.empty(), problems);
    }

    public boolean isClean() {
        return sequence.isPresent() && problems.isEmpty();
    }
}

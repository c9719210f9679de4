package org.seqdesk.api.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeatable members as the records keep them: never null, unmodifiable, without null entries. */
final class Lists {
    private Lists() {}

    static <T> List<T> of(List<T> in) {
        if (in == null || in.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(in.size());
        for (T t : in) {
            if (t != null) {
                copy.add(t);
            }
        }
        return Collections.unmodifiableList(copy);
    }
}

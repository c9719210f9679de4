package org.seqdesk.sandbox.store;

import java.util.List;
import java.util.Map;

/**
 * An item search: every word must occur in the title or metadata, every field must have the value
 * (case-insensitive); results in id order.
 *
 * @param first 1-based position of the first hit to return; ignored with a cursor
 * @param afterId with a cursor: return items after this id (0 for the start)
 */
public record ItemQuery(
        List<String> words, Map<String, String> fields, int first, int number, Long afterId) {
    public ItemQuery {
        words = List.copyOf(words);
        fields = Map.copyOf(fields);
    }

    public static ItemQuery all(int first, int number) {
        return new ItemQuery(List.of(), Map.of(), first, number, null);
    }
}

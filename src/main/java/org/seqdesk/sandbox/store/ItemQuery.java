package org.seqdesk.sandbox.store;

import java.util.List;
import java.util.Map;

/**
 * An item search: every word must occur in the title or metadata, every field must have the value
 * (case-insensitive), every criterion must match; results in {@code sort} order, then id order.
 *
 * @param first 1-based position of the first hit to return; ignored with a cursor
 * @param afterId with a cursor: return items after this id (0 for the start)
 * @param criteria further criteria, all of which must match
 * @param sort the sort keys, most significant first; empty for id order
 */
public record ItemQuery(
        List<String> words,
        Map<String, String> fields,
        int first,
        int number,
        Long afterId,
        List<SearchCriterion> criteria,
        List<SortKey> sort) {
    public ItemQuery {
        words = List.copyOf(words);
        fields = Map.copyOf(fields);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    /** Words and fields only, in id order. */
    public ItemQuery(
            List<String> words, Map<String, String> fields, int first, int number, Long afterId) {
        this(words, fields, first, number, afterId, List.of(), List.of());
    }

    public static ItemQuery all(int first, int number) {
        return new ItemQuery(List.of(), Map.of(), first, number, null);
    }
}

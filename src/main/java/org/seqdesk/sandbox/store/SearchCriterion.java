package org.seqdesk.sandbox.store;

import java.util.List;

/** One criterion of an item search, as VidiCore's ItemSearchDocument expresses them. */
public sealed interface SearchCriterion {

    /** Free text: every word occurs in the item's title or metadata. */
    record Text(List<String> words) implements SearchCriterion {
        public Text {
            words = List.copyOf(words);
        }
    }

    /**
     * A metadata field with any of the values (case-insensitive; {@code *} matches any run of
     * characters, a lone {@code *} any value) or a value in any of the ranges.
     */
    record Field(String name, List<String> values, List<Range> ranges) implements SearchCriterion {
        public Field {
            values = List.copyOf(values);
            ranges = List.copyOf(ranges);
        }
    }

    /**
     * A range of values; a null or {@code *} bound is open. Bounds that are both numbers compare
     * numerically, others as text (so ISO dates and times compare in time order).
     */
    record Range(String min, String max, boolean exclusiveMin, boolean exclusiveMax) {}

    /** The boolean operators of a search document. */
    enum Operation {
        AND,
        OR,
        /** Matches items that do not match all of its children together, i.e. NOT (a AND b). */
        NOT
    }

    /** Children joined by an operation; an empty AND or OR matches every item. */
    record Operator(Operation operation, List<SearchCriterion> children)
            implements SearchCriterion {
        public Operator {
            children = List.copyOf(children);
        }
    }
}

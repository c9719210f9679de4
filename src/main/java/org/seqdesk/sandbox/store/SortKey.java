package org.seqdesk.sandbox.store;

/**
 * One sort key of an item search: {@code title}, {@code created}, {@code itemId} or any metadata
 * field (its first generic value; items without one sort last).
 */
public record SortKey(String field, boolean ascending) {}

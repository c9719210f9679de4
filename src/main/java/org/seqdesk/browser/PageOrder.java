package org.seqdesk.browser;

import java.util.Comparator;
import java.util.List;

/**
 * Orders a result that fits in one page on the client as well: a server that ignores the search's
 * {@code sort} still shows the order the user picked. A longer result keeps the server's order, the
 * only one that stays consistent from page to page.
 */
final class PageOrder {
    private PageOrder() {}

    static void applyToSinglePage(ItemQuery query, List<ItemRow> rows, long hits) {
        if (query.sortField().isEmpty() || hits > rows.size()) {
            return;
        }
        Comparator<ItemRow> order = comparator(query.sortField());
        rows.sort(query.ascending() ? order : order.reversed());
    }

    private static Comparator<ItemRow> comparator(String field) {
        switch (field) {
            case "itemId":
                // VX-9 before VX-10: shorter ids of one site are smaller numbers
                return Comparator.comparingInt((ItemRow r) -> r.id().length())
                        .thenComparing(ItemRow::id);
            case "created":
                return Comparator.comparing(ItemRow::created);
            case "durationSeconds":
                return Comparator.comparingInt((ItemRow r) -> r.duration().length())
                        .thenComparing(ItemRow::duration);
            case "__sequence_size":
                return Comparator.comparingInt(ItemRow::sequenceCount);
            default:
                return Comparator.comparing(ItemRow::title, String.CASE_INSENSITIVE_ORDER);
        }
    }
}

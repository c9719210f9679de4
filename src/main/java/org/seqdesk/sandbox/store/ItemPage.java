package org.seqdesk.sandbox.store;

import java.util.List;

/** One page of a search: the total number of hits and the items on the page. */
public record ItemPage(long hits, List<ItemRow> items) {
    public ItemPage {
        items = List.copyOf(items);
    }
}

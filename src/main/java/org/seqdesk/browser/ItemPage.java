package org.seqdesk.browser;

import java.util.List;

/** One page of search results and the number of hits in the whole result. */
public record ItemPage(long hits, List<ItemRow> rows) {
    public ItemPage {
        rows = List.copyOf(rows);
    }
}

package org.seqdesk.browser;

import java.io.IOException;
import java.util.List;

/** Where the browser finds items: a server through the API client, or anything else in tests. */
public interface ItemSource {
    /** Items matching {@code query}, {@code number} of them from {@code first} (1-based). */
    ItemPage search(ItemQuery query, int first, int number) throws IOException;

    /** The item's metadata as field and value pairs, for the metadata pane. */
    List<MetadataEntry> metadata(String itemId) throws IOException;

    /** A metadata field and its value (several values joined). */
    record MetadataEntry(String field, String value) {}
}

package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * A page of items from {@code GET/PUT /item}: {@code hits} counts all matches before paging (absent
 * with {@code count=false}); {@code nextCursor} continues a cursor search.
 */
@JacksonXmlRootElement(localName = "ItemListDocument")
@JsonPropertyOrder({"hits", "library", "item", "nextCursor"})
public record ItemListDocument(
        Long hits,
        String library,
        @JsonProperty("item") List<ItemDocument> items,
        String nextCursor) {

    public ItemListDocument {
        items = Lists.of(items);
    }
}

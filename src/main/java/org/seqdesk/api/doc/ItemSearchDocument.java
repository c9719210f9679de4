package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * A minimal item search: free text and field criteria, all of which must match, and the order of
 * the hits. Other parts of VidiCore's ItemSearchDocument (operators, facets) are not modelled yet.
 */
@JacksonXmlRootElement(localName = "ItemSearchDocument")
@JsonPropertyOrder({"text", "field", "sort"})
public record ItemSearchDocument(
        @JsonProperty("text") List<String> texts,
        @JsonProperty("field") List<Field> fields,
        @JsonProperty("sort") List<Sort> sorts) {

    public ItemSearchDocument {
        texts = Lists.of(texts);
        fields = Lists.of(fields);
        sorts = Lists.of(sorts);
    }

    /** A search in the server's own order. */
    public ItemSearchDocument(List<String> texts, List<Field> fields) {
        this(texts, fields, null);
    }

    public static ItemSearchDocument ofText(String text) {
        return new ItemSearchDocument(List.of(text), null);
    }

    public static ItemSearchDocument ofField(String name, String value) {
        return new ItemSearchDocument(null, List.of(Field.of(name, value)));
    }

    /** The same search with its hits ordered by {@code sort}, replacing any order it had. */
    public ItemSearchDocument sortedBy(Sort sort) {
        return new ItemSearchDocument(texts, fields, List.of(sort));
    }

    /** Items whose field {@code name} has any of the values. */
    @JsonPropertyOrder({"name", "value"})
    public record Field(String name, @JsonProperty("value") List<MetadataDocument.Value> values) {
        public Field {
            values = Lists.of(values);
        }

        public static Field of(String name, String... values) {
            return new Field(name, MetadataDocument.Value.list(values));
        }
    }

    /**
     * Orders the hits by a metadata field; several sorts apply in turn.
     *
     * @param order {@link #ASCENDING} or {@link #DESCENDING}
     */
    @JsonPropertyOrder({"field", "order"})
    public record Sort(String field, String order) {
        public static final String ASCENDING = "ascending";
        public static final String DESCENDING = "descending";

        public static Sort ascending(String field) {
            return new Sort(field, ASCENDING);
        }

        public static Sort descending(String field) {
            return new Sort(field, DESCENDING);
        }
    }
}

package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * A minimal item search: free text and field criteria, all of which must match. Other parts of
 * VidiCore's ItemSearchDocument (operators, facets, sorting) are not modelled yet.
 */
@JacksonXmlRootElement(localName = "ItemSearchDocument")
@JsonPropertyOrder({"text", "field"})
public record ItemSearchDocument(
        @JsonProperty("text") List<String> texts, @JsonProperty("field") List<Field> fields) {

    public ItemSearchDocument {
        texts = Lists.of(texts);
        fields = Lists.of(fields);
    }

    public static ItemSearchDocument ofText(String text) {
        return new ItemSearchDocument(List.of(text), null);
    }

    public static ItemSearchDocument ofField(String name, String value) {
        return new ItemSearchDocument(null, List.of(Field.of(name, value)));
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
}

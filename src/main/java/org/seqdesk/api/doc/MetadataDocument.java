package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Metadata of an item: fields and groups per time span. Non-timed metadata sits in the span {@code
 * -INF} to {@code +INF}. Values are always strings.
 */
@JacksonXmlRootElement(localName = "MetadataDocument")
@JsonPropertyOrder({"revision", "group", "timespan"})
public record MetadataDocument(
        String revision,
        @JsonProperty("group") List<String> groups,
        @JsonProperty("timespan") List<Timespan> timespans) {

    /** The start and end of a span holding non-timed metadata. */
    public static final String MINUS_INFINITY = "-INF";

    public static final String PLUS_INFINITY = "+INF";

    public MetadataDocument {
        groups = Lists.of(groups);
        timespans = Lists.of(timespans);
    }

    /** A document that sets non-timed fields, one value each, as the server accepts for writing. */
    public static MetadataDocument ofFields(List<Field> fields) {
        return new MetadataDocument(
                null, null, List.of(new Timespan(MINUS_INFINITY, PLUS_INFINITY, fields, null)));
    }

    /** The first value of the field named {@code name} in any span, groups included. */
    public Optional<String> firstValue(String name) {
        for (Timespan span : timespans) {
            Optional<String> v = Field.firstValue(span.fields(), span.groups(), name);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** A time span; {@code start}/{@code end} are time codes in text form or -INF/+INF. */
    @JsonPropertyOrder({"start", "end", "field", "group"})
    public record Timespan(
            @JacksonXmlProperty(isAttribute = true) String start,
            @JacksonXmlProperty(isAttribute = true) String end,
            @JsonProperty("field") List<Field> fields,
            @JsonProperty("group") List<Group> groups) {

        public Timespan {
            fields = Lists.of(fields);
            groups = Lists.of(groups);
        }
    }

    /** A field and its values, with the change that last wrote it. */
    @JsonPropertyOrder({"uuid", "user", "timestamp", "change", "name", "value"})
    public record Field(
            @JacksonXmlProperty(isAttribute = true) String uuid,
            @JacksonXmlProperty(isAttribute = true) String user,
            @JacksonXmlProperty(isAttribute = true) OffsetDateTime timestamp,
            @JacksonXmlProperty(isAttribute = true) String change,
            String name,
            @JsonProperty("value") List<Value> values) {

        public Field {
            values = Lists.of(values);
        }

        public static Field of(String name, String... values) {
            return new Field(null, null, null, null, name, Value.list(values));
        }

        static Optional<String> firstValue(List<Field> fields, List<Group> groups, String name) {
            for (Field f : fields) {
                if (name.equals(f.name()) && !f.values().isEmpty()) {
                    return Optional.ofNullable(f.values().get(0).value());
                }
            }
            for (Group g : groups) {
                Optional<String> v = firstValue(g.fields(), g.groups(), name);
                if (v.isPresent()) {
                    return v;
                }
            }
            return Optional.empty();
        }
    }

    /** A field group with its fields and nested groups. */
    @JsonPropertyOrder({"name", "field", "group"})
    public record Group(
            String name,
            @JsonProperty("field") List<Field> fields,
            @JsonProperty("group") List<Group> groups) {

        public Group {
            fields = Lists.of(fields);
            groups = Lists.of(groups);
        }
    }

    /** One value: text content plus the attributes of the change that wrote it. */
    @JsonPropertyOrder({"value", "uuid", "user", "timestamp", "change", "lang", "mode"})
    public record Value(
            @JacksonXmlText String value,
            @JacksonXmlProperty(isAttribute = true) String uuid,
            @JacksonXmlProperty(isAttribute = true) String user,
            @JacksonXmlProperty(isAttribute = true) OffsetDateTime timestamp,
            @JacksonXmlProperty(isAttribute = true) String change,
            @JacksonXmlProperty(isAttribute = true) String lang,
            @JacksonXmlProperty(isAttribute = true) String mode) {

        /** A bare value, also the XML form without attributes. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Value of(String value) {
            return new Value(value, null, null, null, null, null, null);
        }

        static List<Value> list(String... values) {
            return java.util.Arrays.stream(values).map(Value::of).toList();
        }
    }
}

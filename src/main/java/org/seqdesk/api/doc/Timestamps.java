package org.seqdesk.api.doc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Reads the ISO-8601 spellings one VidiCore server mixes in a single answer ({@code +0000}, {@code
 * Z}, {@code +01:00}, or no offset at all, taken as UTC) and writes the extended form.
 */
public final class Timestamps {
    private static final DateTimeFormatter LENIENT =
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .optionalStart()
                    .appendOffset("+HH:MM", "Z")
                    .optionalEnd()
                    .optionalStart()
                    .appendOffset("+HHMM", "Z")
                    .optionalEnd()
                    .optionalStart()
                    .appendOffset("+HH", "Z")
                    .optionalEnd()
                    .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
                    .toFormatter();

    private Timestamps() {}

    /**
     * Parses one timestamp.
     *
     * @throws DateTimeParseException when the text is no ISO-8601 date and time
     */
    public static OffsetDateTime parse(String text) {
        return OffsetDateTime.parse(text.trim(), LENIENT);
    }

    /** The extended ISO-8601 form, e.g. {@code 2020-10-02T15:36:54.047Z}. */
    public static String format(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    static final class Deserializer extends StdScalarDeserializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt)
                throws IOException {
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (OffsetDateTime)
                        ctxt.handleWeirdStringValue(
                                OffsetDateTime.class, text, "not an ISO-8601 timestamp");
            }
        }
    }

    static final class Serializer extends StdScalarSerializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeString(format(value));
        }
    }
}

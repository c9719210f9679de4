package org.seqdesk.sandbox.http;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.seqdesk.api.doc.MetadataDocument;
import org.seqdesk.sandbox.store.MetadataValue;
import org.seqdesk.timeline.TimeCode;

/** Stored metadata values to MetadataDocuments and back, with the checks a write needs. */
final class MetadataViews {
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-.:]{0,199}");

    private MetadataViews() {}

    /** The values as a document: one timespan per interval, one field per name. */
    static MetadataDocument document(List<MetadataValue> values, FieldSelection fieldFilter) {
        Map<List<String>, Map<String, List<MetadataValue>>> spans = new LinkedHashMap<>();
        for (MetadataValue v : values) {
            if (!fieldFilter.test(v.field())) {
                continue;
            }
            spans.computeIfAbsent(List.of(v.start(), v.end()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(fieldFilter.outputName(v.field()), k -> new ArrayList<>())
                    .add(v);
        }
        List<MetadataDocument.Timespan> out = new ArrayList<>();
        for (Map.Entry<List<String>, Map<String, List<MetadataValue>>> span : spans.entrySet()) {
            List<MetadataDocument.Field> fields = new ArrayList<>();
            for (Map.Entry<String, List<MetadataValue>> f : span.getValue().entrySet()) {
                fields.add(field(f.getKey(), f.getValue()));
            }
            out.add(
                    new MetadataDocument.Timespan(
                            span.getKey().get(0), span.getKey().get(1), fields, null));
        }
        return new MetadataDocument(null, null, out);
    }

    private static MetadataDocument.Field field(String name, List<MetadataValue> values) {
        List<MetadataDocument.Value> docValues = new ArrayList<>();
        MetadataValue first = values.get(0);
        for (MetadataValue v : values) {
            docValues.add(
                    new MetadataDocument.Value(
                            v.value(), uuid(v), v.user(), time(v), null, v.lang(), null));
        }
        return new MetadataDocument.Field(
                uuid(first), first.user(), time(first), null, name, docValues);
    }

    private static String uuid(MetadataValue v) {
        return v.uuid().isEmpty() ? null : v.uuid();
    }

    private static OffsetDateTime time(MetadataValue v) {
        return v.changed().atOffset(ZoneOffset.UTC);
    }

    /** The values a write document sets; a 400 for a bad field name or time span. */
    static List<MetadataValue> values(MetadataDocument doc) {
        List<MetadataValue> out = new ArrayList<>();
        for (MetadataDocument.Timespan span : doc.timespans()) {
            String start = interval(span.start(), MetadataValue.GENERIC_START);
            String end = interval(span.end(), MetadataValue.GENERIC_END);
            for (MetadataDocument.Field f : span.fields()) {
                checkName(f.name());
                if (f.values().isEmpty()) {
                    out.add(new MetadataValue(f.name(), "", start, end, "", "", null));
                }
                for (MetadataDocument.Value v : f.values()) {
                    String text = v.value() == null ? "" : v.value();
                    out.add(
                            new MetadataValue(
                                    f.name(), text, start, end, "", "", null, language(v.lang())));
                }
            }
        }
        return out;
    }

    private static final Pattern LANGUAGE =
            Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8}){0,3}");

    /** A value's language: null when absent; a 400 when it is not a language tag. */
    static String language(String lang) {
        return language(lang, "lang");
    }

    static String language(String lang, String context) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        if (!LANGUAGE.matcher(lang.strip()).matches()) {
            throw ApiException.invalidInput(context, "Not a language code", lang);
        }
        return lang.strip();
    }

    static void checkName(String name) {
        if (name == null || !FIELD_NAME.matcher(name).matches()) {
            throw ApiException.invalidInput(
                    "metadata-field", "The name of the metadata field is invalid", name);
        }
    }

    private static String interval(String text, String whenAbsent) {
        if (text == null || text.isBlank()) {
            return whenAbsent;
        }
        try {
            return TimeCode.parse(text).toText();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw ApiException.invalidInput("timespan", "Not a time code", text);
        }
    }
}

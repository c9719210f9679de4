package org.seqdesk.browser;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.seqdesk.api.ApiException;
import org.seqdesk.api.Calls;
import org.seqdesk.api.ItemApi;
import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.api.doc.ItemListDocument;
import org.seqdesk.api.doc.ItemSearchDocument;
import org.seqdesk.api.doc.MetadataDocument;
import org.seqdesk.api.doc.ShapeDocument;
import org.seqdesk.api.doc.Timestamps;
import org.seqdesk.common.Formats;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.TimeCode;

/** Searches items on a VidiCore server: {@code PUT /item} with first/number paging. */
public final class ApiItemSource implements ItemSource {
    static final String FIELDS =
            "title,created,durationTimeCode,durationSeconds,__sequence_size,itemId";

    /** Shapes too: servers that lack the duration and creation fields still describe the media. */
    static final String CONTENT = "metadata,shape";

    private final ItemApi items;

    public ApiItemSource(ItemApi items) {
        this.items = items;
    }

    @Override
    public ItemPage search(ItemQuery query, int first, int number) throws ApiException {
        Optional<String> id = onlyItemId(query);
        if (id.isPresent()) {
            return byId(id.get(), first);
        }
        Optional<String> typedId = typedItemId(query);
        if (typedId.isPresent()) {
            return withTypedItem(query, typedId.get(), first, number);
        }
        return searched(query, first, number);
    }

    /**
     * A search for text that is an item id, such as a pasted {@code VX-6}: the item itself first (a
     * {@code GET /item/{id}} alongside the search), then what the search finds.
     */
    private ItemPage withTypedItem(ItemQuery query, String id, int first, int number)
            throws ApiException {
        ItemPage item = byId(id, 1);
        if (item.rows().isEmpty()) {
            return searched(query, first, number);
        }
        if (first > 1) {
            ItemPage rest = searched(query, first - 1, number);
            return new ItemPage(rest.hits() + 1, rest.rows());
        }
        ItemPage rest = searched(query, 1, Math.max(1, number - 1));
        List<ItemRow> rows = new ArrayList<>(item.rows());
        for (ItemRow r : rest.rows()) {
            if (!r.id().equals(id) && rows.size() < number) {
                rows.add(r);
            }
        }
        return new ItemPage(rest.hits() + 1, rows);
    }

    /** The query's text when it is one word shaped like an item id ({@code VX-6}), upper-cased. */
    static Optional<String> typedItemId(ItemQuery query) {
        if (query.fields().isEmpty()
                && query.text().size() == 1
                && query.text().get(0).strip().matches("[A-Za-z]{2}-[0-9]+")) {
            return Optional.of(query.text().get(0).strip().toUpperCase(java.util.Locale.ROOT));
        }
        return Optional.empty();
    }

    private ItemPage searched(ItemQuery query, int first, int number) throws ApiException {
        ItemListDocument list =
                Calls.execute(items.search(document(query), first, number, null, CONTENT, FIELDS));
        List<ItemRow> rows = new ArrayList<>();
        for (ItemDocument item : list.items()) {
            rows.add(row(item));
        }
        long hits = list.hits() == null ? rows.size() : list.hits();
        PageOrder.applyToSinglePage(query, rows, hits);
        return new ItemPage(hits, rows);
    }

    /** {@code itemId:VX-1} alone asks for one item, which the server answers directly. */
    private static Optional<String> onlyItemId(ItemQuery query) {
        if (query.text().isEmpty()
                && query.fields().size() == 1
                && query.fields().get(0).field().equals("itemId")) {
            return Optional.of(query.fields().get(0).value());
        }
        return Optional.empty();
    }

    private ItemPage byId(String id, int first) throws ApiException {
        if (first > 1) {
            return new ItemPage(1, List.of());
        }
        try {
            return new ItemPage(1, List.of(row(Calls.execute(items.get(id, CONTENT, FIELDS)))));
        } catch (ApiException.NotFound | ApiException.InvalidInput e) {
            return new ItemPage(0, List.of());
        }
    }

    static ItemSearchDocument document(ItemQuery query) {
        List<String> text = query.text().isEmpty() ? null : List.of(query.joinedText());
        List<ItemSearchDocument.Field> fields = new ArrayList<>();
        for (ItemQuery.Term t : query.fields()) {
            fields.add(ItemSearchDocument.Field.of(t.field(), t.value()));
        }
        ItemSearchDocument search = new ItemSearchDocument(text, fields);
        if (query.sortField().isEmpty()) {
            return search;
        }
        // The server orders the whole result, so every page the table fetches continues it.
        return search.sortedBy(
                query.ascending()
                        ? ItemSearchDocument.Sort.ascending(query.sortField())
                        : ItemSearchDocument.Sort.descending(query.sortField()));
    }

    static ItemRow row(ItemDocument item) {
        return new ItemRow(
                item.id(),
                item.metadataValue("title").orElse(""),
                duration(item),
                created(item),
                count(item.metadataValue("__sequence_size")));
    }

    private static String duration(ItemDocument item) {
        try {
            Optional<String> tc = item.metadataValue("durationTimeCode");
            if (tc.isPresent()) {
                return clock(TimeCode.parse(tc.get()).seconds());
            }
            Optional<String> seconds = item.metadataValue("durationSeconds");
            if (seconds.isPresent()) {
                return clock(Rational.parse(seconds.get()));
            }
            return firstShape(item)
                    .map(ShapeDocument::containerComponent)
                    .filter(c -> c.duration() != null)
                    .map(c -> clock(c.duration().toTimeCode().seconds()))
                    .orElse("");
        } catch (IllegalArgumentException | ArithmeticException e) {
            return "";
        }
    }

    /** Whole seconds as {@code h:mm:ss}, rounded down. */
    static String clock(Rational seconds) {
        return Formats.clock(seconds.floor());
    }

    private static Optional<ShapeDocument> firstShape(ItemDocument item) {
        return item.shapes().stream().findFirst();
    }

    private static String created(ItemDocument item) {
        Optional<String> value = item.metadataValue("created");
        if (value.isEmpty()) {
            return firstShape(item)
                    .map(ShapeDocument::created)
                    .map(ApiItemSource::shown)
                    .orElse("");
        }
        try {
            return shown(Timestamps.parse(value.get()));
        } catch (DateTimeParseException e) {
            return value.get();
        }
    }

    /**
     * The creation time as ISO 8601 in UTC, so rows sort by it as text; the table shows it in the
     * reader's zone and locale.
     */
    private static String shown(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }

    private static int count(Optional<String> value) {
        try {
            return value.map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public List<MetadataEntry> metadata(String itemId) throws ApiException {
        MetadataDocument doc = Calls.execute(items.metadata(itemId, null));
        List<MetadataEntry> entries = new ArrayList<>();
        for (MetadataDocument.Timespan span : doc.timespans()) {
            boolean timed = !MetadataDocument.MINUS_INFINITY.equals(span.start());
            for (MetadataDocument.Field f : span.fields()) {
                String name = timed ? f.name() + " @ " + span.start() : f.name();
                entries.add(new MetadataEntry(name, join(f)));
            }
        }
        entries.sort(
                Comparator.comparing((MetadataEntry e) -> e.field().startsWith("__"))
                        .thenComparing(MetadataEntry::field));
        return entries;
    }

    private static String join(MetadataDocument.Field f) {
        List<String> values = new ArrayList<>();
        for (MetadataDocument.Value v : f.values()) {
            values.add(v.value() == null ? "" : v.value());
        }
        return String.join(", ", values);
    }
}

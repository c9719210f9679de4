package org.seqdesk.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.seqdesk.sandbox.store.ItemStore;
import org.seqdesk.sandbox.store.SearchCriterion;
import org.seqdesk.sandbox.store.SortKey;

/**
 * Reads VidiCore's ItemSearchDocument (XML or JSON) into search criteria: {@code text}, {@code
 * field} with values and ranges, nested {@code operator}s and {@code sort}. Facets, highlighting,
 * suggestions and filters are accepted and ignored.
 */
final class ItemSearchReader {
    private static final String DOCUMENT = "ItemSearchDocument";
    private static final int MAX_DEPTH = 32;
    private static final Set<String> MEMBERS =
            Set.of(
                    "version",
                    "text",
                    "field",
                    "group",
                    "intervals",
                    "reference",
                    "operator",
                    "filter",
                    "item",
                    "shape",
                    "file",
                    "facet",
                    "facetFilter",
                    "sort",
                    "highlight",
                    "suggestion",
                    "autocomplete",
                    "cursor");

    /**
     * A read search.
     *
     * @param words the top-level free-text words, which drive the search's index read
     * @param criteria every other criterion, all of which must match
     */
    record Search(List<String> words, List<SearchCriterion> criteria, List<SortKey> sort) {}

    private ItemSearchReader() {}

    static Search read(byte[] body, String contentType) {
        JsonNode doc = Bodies.tree(body, contentType, DOCUMENT, DOCUMENT);
        for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!MEMBERS.contains(name) && !name.startsWith("xmlns")) {
                throw ApiException.invalidInput(DOCUMENT, "Unknown member of " + DOCUMENT, name);
            }
        }
        List<String> words = new ArrayList<>();
        for (JsonNode t : each(doc.get("text"))) {
            words.addAll(ItemStore.searchWords(text(t)));
        }
        List<SearchCriterion> criteria = new ArrayList<>();
        for (JsonNode f : each(doc.get("field"))) {
            criteria.add(field(f));
        }
        for (JsonNode op : each(doc.get("operator"))) {
            criteria.add(operator(op, 1));
        }
        List<SortKey> sort = new ArrayList<>();
        for (JsonNode s : each(doc.get("sort"))) {
            sort.add(sortKey(s));
        }
        return new Search(words, criteria, sort);
    }

    private static SearchCriterion.Operator operator(JsonNode op, int depth) {
        if (depth > MAX_DEPTH) {
            throw ApiException.invalidInput("operator", "Operators are nested too deeply", null);
        }
        String name = text(op.get("operation"));
        SearchCriterion.Operation operation;
        try {
            operation = SearchCriterion.Operation.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidInput("operation", "operation must be AND, OR or NOT", name);
        }
        List<SearchCriterion> children = new ArrayList<>();
        for (JsonNode t : each(op.get("text"))) {
            children.add(new SearchCriterion.Text(ItemStore.searchWords(text(t))));
        }
        for (JsonNode f : each(op.get("field"))) {
            children.add(field(f));
        }
        for (JsonNode inner : each(op.get("operator"))) {
            children.add(operator(inner, depth + 1));
        }
        return new SearchCriterion.Operator(operation, children);
    }

    private static SearchCriterion.Field field(JsonNode f) {
        String name = text(f.get("name"));
        MetadataViews.checkName(name);
        List<String> values = new ArrayList<>();
        for (JsonNode v : each(f.get("value"))) {
            values.add(text(v));
        }
        List<SearchCriterion.Range> ranges = new ArrayList<>();
        for (JsonNode r : each(f.get("range"))) {
            ranges.add(range(r));
        }
        return new SearchCriterion.Field(name, values, ranges);
    }

    private static SearchCriterion.Range range(JsonNode r) {
        List<String> bounds = new ArrayList<>();
        for (JsonNode v : each(r.get("value"))) {
            bounds.add(text(v));
        }
        if (bounds.size() != 2) {
            throw ApiException.invalidInput(
                    "range", "A range has two values, its minimum and maximum", null);
        }
        return new SearchCriterion.Range(
                bounds.get(0),
                bounds.get(1),
                flag(r.get("exclusiveMinimum")),
                flag(r.get("exclusiveMaximum")));
    }

    private static SortKey sortKey(JsonNode s) {
        String field = text(s.get("field"));
        if (field.isBlank()) {
            throw ApiException.invalidInput("sort", "A sort needs a field", null);
        }
        MetadataViews.checkName(field);
        String order = text(s.get("order")).toLowerCase(Locale.ROOT);
        switch (order) {
            case "":
            case "ascending":
            case "asc":
                return new SortKey(field, true);
            case "descending":
            case "desc":
                return new SortKey(field, false);
            default:
                throw ApiException.invalidInput(
                        "order", "order must be ascending or descending", order);
        }
    }

    /** A repeated member as a list: absent is empty, one value is a list of one. */
    private static List<JsonNode> each(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    /** The text of a simple value: a string, a number, or an object's {@code value} (JSON). */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.isObject()) {
            // XML text beside attributes is the member "", JSON's simple content is "value".
            JsonNode inner = node.has("value") ? node.get("value") : node.get("");
            if (inner != null && inner.isValueNode()) {
                return inner.asText();
            }
        }
        throw ApiException.invalidInput(DOCUMENT, "Expected a text value", node.toString());
    }

    private static boolean flag(JsonNode node) {
        String v = text(node).strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw ApiException.invalidInput("range", "Expected true or false", v);
    }
}

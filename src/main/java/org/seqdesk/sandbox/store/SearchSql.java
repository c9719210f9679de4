package org.seqdesk.sandbox.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of an item search. With words, the first word's index range drives the query, so the
 * first page in id order costs a short index read whatever the table size; sorting by anything else
 * reads every hit.
 */
final class SearchSql {
    private static final String NUMBER = "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$";

    private final ItemQuery q;
    private final String from;
    private final String id;
    private final StringBuilder where = new StringBuilder();
    private final List<Object> args = new ArrayList<>();
    private final List<Object> sortArgs = new ArrayList<>();
    private final String orderBy;

    private SearchSql(ItemQuery q) {
        this.q = q;
        boolean byWord = !q.words().isEmpty();
        this.from = byWord ? "item_word w" : "item i";
        this.id = byWord ? "w.item_id" : "i.id";
        if (byWord) {
            and("w.word = ?");
            args.add(q.words().get(0));
        }
        for (String word : q.words().subList(Math.min(1, q.words().size()), q.words().size())) {
            and(wordSql(word));
        }
        for (Map.Entry<String, String> f : q.fields().entrySet()) {
            and(fieldSql(new SearchCriterion.Field(f.getKey(), List.of(f.getValue()), List.of())));
        }
        for (SearchCriterion c : q.criteria()) {
            and(sql(c));
        }
        if (q.afterId() != null) {
            and(id + " > ?");
            args.add(q.afterId());
        }
        this.orderBy = orderBy(q.sort());
    }

    static SearchSql of(ItemQuery q) {
        return new SearchSql(q);
    }

    private void and(String condition) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    }

    String count() {
        return "SELECT COUNT(*) FROM " + from + where;
    }

    String page() {
        String columns = "SELECT it.id, it.title, it.created, it.owner FROM ";
        if (orderBy.isEmpty()) {
            String inner =
                    "SELECT "
                            + id
                            + " AS id FROM "
                            + from
                            + where
                            + " ORDER BY "
                            + id
                            + " LIMIT ? OFFSET ?";
            return columns + "(" + inner + ") p JOIN item it ON it.id = p.id ORDER BY it.id";
        }
        return columns
                + from
                + " JOIN item it ON it.id = "
                + id
                + where
                + " ORDER BY "
                + orderBy
                + "it.id LIMIT ? OFFSET ?";
    }

    /** Binds the criteria's values; returns the next parameter index. */
    int bind(PreparedStatement ps, boolean page) throws SQLException {
        int i = 1;
        for (Object a : args) {
            ps.setObject(i++, a);
        }
        if (page && !orderBy.isEmpty()) {
            for (Object a : sortArgs) {
                ps.setObject(i++, a);
            }
        }
        return i;
    }

    private String sql(SearchCriterion c) {
        if (c instanceof SearchCriterion.Text t) {
            List<String> parts = new ArrayList<>();
            for (String w : t.words()) {
                parts.add(wordSql(w));
            }
            return join(parts, " AND ");
        }
        if (c instanceof SearchCriterion.Field f) {
            return fieldSql(f);
        }
        SearchCriterion.Operator op = (SearchCriterion.Operator) c;
        List<String> parts = new ArrayList<>();
        for (SearchCriterion child : op.children()) {
            parts.add(sql(child));
        }
        switch (op.operation()) {
            case OR:
                return join(parts, " OR ");
            case NOT:
                return parts.isEmpty() ? "TRUE" : "NOT " + join(parts, " AND ");
            default:
                return join(parts, " AND ");
        }
    }

    private static String join(List<String> parts, String glue) {
        return parts.isEmpty() ? "TRUE" : "(" + String.join(glue, parts) + ")";
    }

    private String wordSql(String word) {
        args.add(word);
        return "EXISTS (SELECT 1 FROM item_word x WHERE x.word = ? AND x.item_id = " + id + ")";
    }

    private String fieldSql(SearchCriterion.Field f) {
        args.add(f.name());
        List<String> any = new ArrayList<>();
        for (String v : f.values()) {
            any.add(valueSql(v));
        }
        for (SearchCriterion.Range r : f.ranges()) {
            any.add(rangeSql(r));
        }
        String match =
                any.contains("TRUE") || any.isEmpty()
                        ? ""
                        : " AND (" + String.join(" OR ", any) + ")";
        return "EXISTS (SELECT 1 FROM metadata_value m WHERE m.field = ? AND m.item_id = "
                + id
                + match
                + ")";
    }

    private String valueSql(String value) {
        String key = MetadataStore.valueKey(value);
        if (key.equals("*")) {
            return "TRUE";
        }
        if (key.contains("*")) {
            args.add(
                    key.replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                            .replace('*', '%'));
            return "m.value_key LIKE ? ESCAPE '\\'";
        }
        args.add(key);
        return "m.value_key = ?";
    }

    private String rangeSql(SearchCriterion.Range r) {
        BigDecimal min = number(r.min());
        BigDecimal max = number(r.max());
        boolean numeric =
                (open(r.min()) || min != null)
                        && (open(r.max()) || max != null)
                        && !(open(r.min()) && open(r.max()));
        String value =
                numeric
                        ? "CASE WHEN REGEXP_LIKE(m.field_value, '"
                                + NUMBER
                                + "') THEN CAST(TRIM(m.field_value) AS DECIMAL(38, 10)) END"
                        : "m.field_value";
        List<String> bounds = new ArrayList<>();
        if (!open(r.min())) {
            bounds.add(value + (r.exclusiveMin() ? " > ?" : " >= ?"));
            args.add(numeric ? min : r.min());
        }
        if (!open(r.max())) {
            bounds.add(value + (r.exclusiveMax() ? " < ?" : " <= ?"));
            args.add(numeric ? max : r.max());
        }
        return bounds.isEmpty() ? "TRUE" : "(" + String.join(" AND ", bounds) + ")";
    }

    private static boolean open(String bound) {
        return bound == null || bound.isBlank() || bound.strip().equals("*");
    }

    private static BigDecimal number(String s) {
        if (open(s) || !s.matches(NUMBER)) {
            return null;
        }
        return new BigDecimal(s.strip());
    }

    private String orderBy(List<SortKey> keys) {
        StringBuilder out = new StringBuilder();
        for (SortKey k : keys) {
            out.append(sortExpression(k.field()))
                    .append(k.ascending() ? " ASC" : " DESC")
                    .append(" NULLS LAST, ");
        }
        return out.toString();
    }

    private String sortExpression(String field) {
        switch (field) {
            case "title":
                return "LOWER(it.title)";
            case "created":
                return "it.created";
            case "itemId":
            case "id":
                return "it.id";
            default:
                sortArgs.add(field);
                return "(SELECT MIN(s.value_key) FROM metadata_value s WHERE s.item_id = it.id"
                        + " AND s.field = ? AND s.start_tc = '"
                        + MetadataValue.GENERIC_START
                        + "')";
        }
    }
}

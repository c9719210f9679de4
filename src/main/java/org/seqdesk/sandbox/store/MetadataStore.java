package org.seqdesk.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Metadata values of items, generic and timed. Writing a field replaces that field's values in the
 * same timespan, as a VidiCore metadata PUT does; the item's title and free-text words follow.
 */
public final class MetadataStore {
    public static final String TITLE = "title";

    private final Database db;
    private final ItemStore items;

    public MetadataStore(Database db, ItemStore items) {
        this.db = db;
        this.items = items;
    }

    /** The key a field search compares: lower case, at most 200 characters. */
    static String valueKey(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.length() > 200 ? lower.substring(0, 200) : lower;
    }

    private static String langKey(String lang) {
        return lang == null ? "" : lang;
    }

    public List<MetadataValue> values(long itemId) {
        return db.read(c -> values(c, itemId));
    }

    /** The values of several items, read in one query; items without values are absent. */
    public Map<Long, List<MetadataValue>> values(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return db.read(
                c -> {
                    Map<Long, List<MetadataValue>> out = new LinkedHashMap<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT field, field_value, start_tc, end_tc, uuid, owner,"
                                            + " changed, lang, item_id FROM metadata_value"
                                            + " WHERE item_id = ANY(?) ORDER BY id")) {
                        ps.setArray(1, c.createArrayOf("BIGINT", itemIds.toArray()));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.computeIfAbsent(rs.getLong(9), k -> new ArrayList<>())
                                        .add(value(rs));
                            }
                        }
                    }
                    return out;
                });
    }

    private static MetadataValue value(ResultSet rs) throws SQLException {
        return new MetadataValue(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant(),
                rs.getString(8));
    }

    public List<MetadataValue> values(Connection c, long itemId) throws SQLException {
        List<MetadataValue> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT field, field_value, start_tc, end_tc, uuid, owner, changed, lang"
                                + " FROM metadata_value WHERE item_id = ? ORDER BY id")) {
            ps.setLong(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(value(rs));
                }
            }
        }
        return out;
    }

    /** Replaces, per field and timespan, the values given; then updates title and words. */
    public void replace(Connection c, long itemId, List<MetadataValue> values, String user)
            throws SQLException {
        Map<List<String>, List<MetadataValue>> groups = new LinkedHashMap<>();
        for (MetadataValue v : values) {
            groups.computeIfAbsent(
                            List.of(v.field(), v.start(), v.end(), langKey(v.lang())),
                            k -> new ArrayList<>())
                    .add(v);
        }
        try (PreparedStatement del =
                c.prepareStatement(
                        "DELETE FROM metadata_value WHERE item_id = ? AND field = ?"
                                + " AND start_tc = ? AND end_tc = ? AND COALESCE(lang, '') = ?")) {
            for (List<String> key : groups.keySet()) {
                del.setLong(1, itemId);
                del.setString(2, key.get(0));
                del.setString(3, key.get(1));
                del.setString(4, key.get(2));
                del.setString(5, key.get(3));
                del.addBatch();
            }
            del.executeBatch();
        }
        List<MetadataValue> nonEmpty = new ArrayList<>();
        for (MetadataValue v : values) {
            if (!v.value().isEmpty()) {
                nonEmpty.add(v);
            }
        }
        add(c, itemId, nonEmpty, user);
    }

    /** Adds values without removing any; then updates title and words. */
    public void add(Connection c, long itemId, List<MetadataValue> values, String user)
            throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement ins =
                c.prepareStatement(
                        "INSERT INTO metadata_value (item_id, field, field_value, value_key,"
                                + " start_tc, end_tc, uuid, owner, changed, lang)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (MetadataValue v : values) {
                ins.setLong(1, itemId);
                ins.setString(2, v.field());
                ins.setString(3, v.value());
                ins.setString(4, valueKey(v.value()));
                ins.setString(5, v.start());
                ins.setString(6, v.end());
                ins.setString(7, UUID.randomUUID().toString());
                ins.setString(8, user);
                ins.setTimestamp(9, Timestamp.from(now));
                ins.setString(10, v.lang());
                ins.addBatch();
            }
            ins.executeBatch();
        }
        refreshDerived(c, itemId);
    }

    /** Sets a generic system field such as {@code __sequence_size} to exactly these values. */
    public void setSystemField(Connection c, long itemId, String field, List<String> fieldValues)
            throws SQLException {
        try (PreparedStatement del =
                c.prepareStatement("DELETE FROM metadata_value WHERE item_id = ? AND field = ?")) {
            del.setLong(1, itemId);
            del.setString(2, field);
            del.executeUpdate();
        }
        List<MetadataValue> values = new ArrayList<>();
        for (String v : fieldValues) {
            values.add(generic(field, v));
        }
        add(c, itemId, values, "system");
    }

    public static MetadataValue generic(String field, String value) {
        return new MetadataValue(
                field,
                value,
                MetadataValue.GENERIC_START,
                MetadataValue.GENERIC_END,
                "",
                "",
                Instant.EPOCH);
    }

    private void refreshDerived(Connection c, long itemId) throws SQLException {
        List<MetadataValue> all = values(c, itemId);
        Set<String> words = new LinkedHashSet<>();
        String title = null;
        for (MetadataValue v : all) {
            if (v.field().startsWith("__")) {
                continue;
            }
            words.addAll(Words.of(v.value()));
            if (TITLE.equals(v.field()) && v.isGeneric()) {
                title = v.value();
            }
        }
        if (title != null) {
            items.setTitle(c, itemId, title);
        }
        items.reindex(c, itemId, words);
    }
}

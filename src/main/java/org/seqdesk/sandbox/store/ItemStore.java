package org.seqdesk.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Items, their free-text words, and item search. */
public final class ItemStore {
    private final Database db;

    public ItemStore(Database db) {
        this.db = db;
    }

    /** Creates an item with a title and returns it. */
    public ItemRow create(Connection c, String title, String owner) throws SQLException {
        long id = Database.nextId(c, "item_seq");
        Instant now = Instant.now();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO item (id, title, created, owner) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, title);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, owner);
            ps.executeUpdate();
        }
        return new ItemRow(id, title, now, owner);
    }

    public ItemRow create(String title, String owner) {
        return db.inTransaction(c -> create(c, title, owner));
    }

    public Optional<ItemRow> find(long id) {
        return db.read(c -> find(c, id));
    }

    public Optional<ItemRow> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id, title, created, owner FROM item WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    public boolean exists(long id) {
        return find(id).isPresent();
    }

    public void setTitle(Connection c, long id, String title) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE item SET title = ? WHERE id = ?")) {
            ps.setString(1, title);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Replaces the item's free-text words with {@code words}. */
    public void reindex(Connection c, long id, Collection<String> words) throws SQLException {
        try (PreparedStatement del =
                c.prepareStatement("DELETE FROM item_word WHERE item_id = ?")) {
            del.setLong(1, id);
            del.executeUpdate();
        }
        try (PreparedStatement ins =
                c.prepareStatement("INSERT INTO item_word (word, item_id) VALUES (?, ?)")) {
            for (String w : Set.copyOf(words)) {
                ins.setString(1, w);
                ins.setLong(2, id);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    public long count() {
        return db.read(
                c -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM item");
                            ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    /** One page of the items matching {@code q}, in its sort order (id order by default). */
    public ItemPage search(ItemQuery q) {
        return db.read(c -> search(c, q));
    }

    private ItemPage search(Connection c, ItemQuery q) throws SQLException {
        SearchSql sql = SearchSql.of(q);
        long hits;
        try (PreparedStatement ps = c.prepareStatement(sql.count())) {
            sql.bind(ps, false);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                hits = rs.getLong(1);
            }
        }
        List<ItemRow> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.page())) {
            int next = sql.bind(ps, true);
            ps.setInt(next, q.number());
            ps.setLong(next + 1, q.afterId() == null ? Math.max(0, q.first() - 1L) : 0);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(row(rs));
                }
            }
        }
        return new ItemPage(hits, items);
    }

    private static ItemRow row(ResultSet rs) throws SQLException {
        return new ItemRow(
                rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4));
    }

    /** Lower-cased words of a search text. */
    public static List<String> searchWords(String text) {
        return new ArrayList<>(Words.of(text == null ? "" : text.toLowerCase(Locale.ROOT)));
    }
}

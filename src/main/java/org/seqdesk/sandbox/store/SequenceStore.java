package org.seqdesk.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.seqdesk.timeline.VidispineFormat;

/**
 * Sequences stored on items, one per format, keeping the item's {@code __sequence_size} and {@code
 * __sequence} metadata in step.
 */
public final class SequenceStore {
    public static final String SIZE_FIELD = "__sequence_size";
    public static final String FORMAT_FIELD = "__sequence";

    private final Database db;
    private final MetadataStore metadata;

    public SequenceStore(Database db, MetadataStore metadata) {
        this.db = db;
        this.metadata = metadata;
    }

    /** Creates or replaces the item's sequence in {@code format}; returns the stored sequence. */
    public StoredSequence put(long itemId, String format, byte[] content, String contentType) {
        return db.inTransaction(c -> put(c, itemId, format, content, contentType));
    }

    public StoredSequence put(
            Connection c, long itemId, String format, byte[] content, String contentType)
            throws SQLException {
        Optional<StoredSequence> old = find(c, itemId, format);
        long id = old.isPresent() ? old.get().id() : Database.nextId(c, "sequence_seq");
        Instant now = Instant.now();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "MERGE INTO item_sequence (id, item_id, format, content, content_type,"
                                + " updated) KEY (item_id, format) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, itemId);
            ps.setString(3, format);
            ps.setBytes(4, content);
            ps.setString(5, contentType);
            ps.setTimestamp(6, Timestamp.from(now));
            ps.executeUpdate();
        }
        refreshMetadata(c, itemId);
        return new StoredSequence(id, itemId, format, content, contentType, now);
    }

    public Optional<StoredSequence> find(long itemId, String format) {
        return db.read(c -> find(c, itemId, format));
    }

    private Optional<StoredSequence> find(Connection c, long itemId, String format)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT id, item_id, format, content, content_type, updated"
                                + " FROM item_sequence WHERE item_id = ? AND format = ?")) {
            ps.setLong(1, itemId);
            ps.setString(2, format);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    public List<StoredSequence> list(long itemId) {
        return db.read(c -> list(c, itemId));
    }

    private List<StoredSequence> list(Connection c, long itemId) throws SQLException {
        List<StoredSequence> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT id, item_id, format, content, content_type, updated"
                                + " FROM item_sequence WHERE item_id = ? ORDER BY id")) {
            ps.setLong(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /**
     * The item's sequence as a model: from {@code vidispine} when stored, else from the first
     * stored format the timeline package reads.
     */
    public Optional<Sequence> model(long itemId) {
        List<StoredSequence> stored = list(itemId);
        for (StoredSequence s : stored) {
            if (s.format().equals(SequenceFormat.VIDISPINE.id())) {
                return VidispineFormat.read(s.content(), s.format()).sequence();
            }
        }
        for (StoredSequence s : stored) {
            Optional<SequenceFormat> f = SequenceFormat.byId(s.format());
            if (f.isPresent() && f.get() != SequenceFormat.AAF) {
                Optional<Sequence> seq =
                        SequenceFormats.reader(f.get()).read(s.content(), s.format()).sequence();
                if (seq.isPresent()) {
                    return seq;
                }
            }
        }
        return Optional.empty();
    }

    public boolean delete(long itemId, String format) {
        return db.inTransaction(
                c -> {
                    int n;
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "DELETE FROM item_sequence WHERE item_id = ? AND format = ?")) {
                        ps.setLong(1, itemId);
                        ps.setString(2, format);
                        n = ps.executeUpdate();
                    }
                    refreshMetadata(c, itemId);
                    return n > 0;
                });
    }

    private void refreshMetadata(Connection c, long itemId) throws SQLException {
        List<String> formats = new ArrayList<>();
        for (StoredSequence s : list(c, itemId)) {
            formats.add(s.format());
        }
        metadata.setSystemField(c, itemId, SIZE_FIELD, List.of(Integer.toString(formats.size())));
        metadata.setSystemField(c, itemId, FORMAT_FIELD, formats);
    }

    private static StoredSequence row(ResultSet rs) throws SQLException {
        return new StoredSequence(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getBytes(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }

    /** Sets (or, with null, clears) the frame a render of the item's sequence holds at. */
    public void setPauseFrame(long itemId, Long frame) {
        db.execute(
                c -> {
                    try (PreparedStatement del =
                            c.prepareStatement("DELETE FROM sequence_pause WHERE item_id = ?")) {
                        del.setLong(1, itemId);
                        del.executeUpdate();
                    }
                    if (frame == null) {
                        return;
                    }
                    try (PreparedStatement ins =
                            c.prepareStatement(
                                    "INSERT INTO sequence_pause (item_id, pause_frame)"
                                            + " VALUES (?, ?)")) {
                        ins.setLong(1, itemId);
                        ins.setLong(2, frame);
                        ins.executeUpdate();
                    }
                });
    }

    /** The frame a render of the item's sequence holds at, if the last put named one. */
    public OptionalLong pauseFrame(long itemId) {
        return db.read(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT pause_frame FROM sequence_pause WHERE item_id = ?")) {
                        ps.setLong(1, itemId);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next()
                                    ? OptionalLong.of(rs.getLong(1))
                                    : OptionalLong.empty();
                        }
                    }
                });
    }
}

package org.seqdesk.sandbox.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shapes, shape tags with their presets, storages and thumbnails. */
public final class ShapeStore {
    private static final String SHAPE_COLUMNS =
            "id, item_id, container, mime_type, storage_id, path, file_size, rate, duration,"
                    + " width, height, audio_channels, created";

    private final Database db;

    public ShapeStore(Database db) {
        this.db = db;
    }

    /** Adds a shape; the id in {@code shape} is ignored and the stored row returned. */
    public ShapeRow addShape(Connection c, ShapeRow shape) throws SQLException {
        long id = Database.nextId(c, "shape_seq");
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO shape ("
                                + SHAPE_COLUMNS
                                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setLong(2, shape.itemId());
            ps.setString(3, shape.container());
            ps.setString(4, shape.mimeType());
            ps.setObject(5, shape.storageId(), Types.BIGINT);
            ps.setString(6, shape.path());
            ps.setLong(7, shape.size());
            ps.setString(8, shape.rate());
            ps.setString(9, shape.duration());
            ps.setObject(10, shape.width(), Types.INTEGER);
            ps.setObject(11, shape.height(), Types.INTEGER);
            ps.setInt(12, shape.audioChannels());
            ps.setTimestamp(13, Timestamp.from(shape.created()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO shape_tag_link (shape_id, tag) VALUES (?, ?)")) {
            for (String tag : shape.tags()) {
                ps.setLong(1, id);
                ps.setString(2, tag);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return new ShapeRow(
                id,
                shape.itemId(),
                shape.tags(),
                shape.container(),
                shape.mimeType(),
                shape.storageId(),
                shape.path(),
                shape.size(),
                shape.rate(),
                shape.duration(),
                shape.width(),
                shape.height(),
                shape.audioChannels(),
                shape.created());
    }

    public ShapeRow addShape(ShapeRow shape) {
        return db.inTransaction(c -> addShape(c, shape));
    }

    /** Moves {@code tag} from every other shape of the item to {@code shapeId}. */
    public void moveTag(Connection c, long itemId, String tag, long shapeId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "DELETE FROM shape_tag_link WHERE tag = ? AND shape_id IN"
                                + " (SELECT id FROM shape WHERE item_id = ?)")) {
            ps.setString(1, tag);
            ps.setLong(2, itemId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("MERGE INTO shape_tag_link (shape_id, tag) VALUES (?, ?)")) {
            ps.setLong(1, shapeId);
            ps.setString(2, tag);
            ps.executeUpdate();
        }
    }

    public List<ShapeRow> shapes(long itemId) {
        return db.read(c -> shapes(c, itemId));
    }

    public List<ShapeRow> shapes(Connection c, long itemId) throws SQLException {
        List<ShapeRow> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT " + SHAPE_COLUMNS + " FROM shape WHERE item_id = ? ORDER BY id")) {
            ps.setLong(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(shape(c, rs));
                }
            }
        }
        return out;
    }

    private static ShapeRow shape(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new ShapeRow(
                id,
                rs.getLong(2),
                tags(c, id),
                rs.getString(3),
                rs.getString(4),
                (Long) rs.getObject(5, Long.class),
                rs.getString(6),
                rs.getLong(7),
                rs.getString(8),
                rs.getString(9),
                (Integer) rs.getObject(10, Integer.class),
                (Integer) rs.getObject(11, Integer.class),
                rs.getInt(12),
                rs.getTimestamp(13).toInstant());
    }

    private static List<String> tags(Connection c, long shapeId) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT tag FROM shape_tag_link WHERE shape_id = ? ORDER BY tag")) {
            ps.setLong(1, shapeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
            }
        }
        return tags;
    }

    public void putPreset(ShapeTagPreset p) {
        db.execute(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "MERGE INTO shape_tag (name, container, video_codec,"
                                            + " video_bitrate, width, height, audio_codec,"
                                            + " audio_bitrate) VALUES (?,?,?,?,?,?,?,?)")) {
                        ps.setString(1, p.name());
                        ps.setString(2, p.container());
                        ps.setString(3, p.videoCodec());
                        ps.setObject(4, p.videoBitrate(), Types.INTEGER);
                        ps.setObject(5, p.width(), Types.INTEGER);
                        ps.setObject(6, p.height(), Types.INTEGER);
                        ps.setString(7, p.audioCodec());
                        ps.setObject(8, p.audioBitrate(), Types.INTEGER);
                        ps.executeUpdate();
                    }
                });
    }

    public boolean deletePreset(String name) {
        return db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement("DELETE FROM shape_tag WHERE name = ?")) {
                        ps.setString(1, name);
                        return ps.executeUpdate() > 0;
                    }
                });
    }

    public List<ShapeTagPreset> presets() {
        return db.read(
                c -> {
                    List<ShapeTagPreset> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT name, container, video_codec, video_bitrate,"
                                                    + " width, height, audio_codec, audio_bitrate"
                                                    + " FROM shape_tag ORDER BY name");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new ShapeTagPreset(
                                            rs.getString(1),
                                            rs.getString(2),
                                            rs.getString(3),
                                            rs.getObject(4, Integer.class),
                                            rs.getObject(5, Integer.class),
                                            rs.getObject(6, Integer.class),
                                            rs.getString(7),
                                            rs.getObject(8, Integer.class)));
                        }
                    }
                    return out;
                });
    }

    public Optional<ShapeTagPreset> preset(String name) {
        return presets().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public StorageRow addStorage(String name, Path path) {
        return db.inTransaction(
                c -> {
                    long id = Database.nextId(c, "storage_seq");
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO storage (id, name, path) VALUES (?, ?, ?)")) {
                        ps.setLong(1, id);
                        ps.setString(2, name);
                        ps.setString(3, path.toAbsolutePath().normalize().toString());
                        ps.executeUpdate();
                    }
                    return new StorageRow(id, name, path.toAbsolutePath().normalize());
                });
    }

    public List<StorageRow> storages() {
        return db.read(
                c -> {
                    List<StorageRow> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT id, name, path FROM storage ORDER BY id");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new StorageRow(
                                            rs.getLong(1),
                                            rs.getString(2),
                                            Path.of(rs.getString(3))));
                        }
                    }
                    return out;
                });
    }

    public void addThumbnail(long itemId, String kind, String time, Path file) {
        db.execute(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "MERGE INTO thumbnail (item_id, kind, time_tc, path)"
                                            + " VALUES (?, ?, ?, ?)")) {
                        ps.setLong(1, itemId);
                        ps.setString(2, kind);
                        ps.setString(3, time);
                        ps.setString(4, file.toString());
                        ps.executeUpdate();
                    }
                });
    }

    /** Thumbnail (or poster) times of an item, with their files, in time-text order. */
    public List<String[]> thumbnails(long itemId, String kind) {
        return db.read(
                c -> {
                    List<String[]> out = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT time_tc, path FROM thumbnail WHERE item_id = ?"
                                            + " AND kind = ? ORDER BY time_tc")) {
                        ps.setLong(1, itemId);
                        ps.setString(2, kind);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(new String[] {rs.getString(1), rs.getString(2)});
                            }
                        }
                    }
                    return out;
                });
    }

    static Instant now() {
        return Instant.now();
    }
}

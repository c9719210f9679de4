package org.seqdesk.sandbox.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seqdesk.sandbox.store.Database;

/** Job notifications in the database, kept as JSON. */
public final class NotificationStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    public NotificationStore(Database db) {
        this.db = db;
    }

    /** Stores a new notification and returns it with its id. */
    public Notification create(Notification n) {
        return db.inTransaction(
                c -> {
                    Notification stored = n.withId(Database.nextId(c, "notification_seq"));
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO job_notification (id, placeholder, document,"
                                            + " job_id) VALUES (?, ?, ?, ?)")) {
                        ps.setLong(1, stored.id());
                        ps.setBoolean(2, stored.placeholder());
                        ps.setString(3, json(stored));
                        ps.setObject(4, stored.jobId());
                        ps.executeUpdate();
                    }
                    return stored;
                });
    }

    /** Replaces a notification of the same kind; false when there is none. */
    public boolean update(Notification n) {
        return db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "UPDATE job_notification SET document = ? WHERE id = ?"
                                            + " AND placeholder = ?")) {
                        ps.setString(1, json(n));
                        ps.setLong(2, n.id());
                        ps.setBoolean(3, n.placeholder());
                        return ps.executeUpdate() > 0;
                    }
                });
    }

    public boolean delete(long id, boolean placeholder) {
        return db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "DELETE FROM job_notification WHERE id = ? AND placeholder"
                                            + " = ?")) {
                        ps.setLong(1, id);
                        ps.setBoolean(2, placeholder);
                        return ps.executeUpdate() > 0;
                    }
                });
    }

    public Optional<Notification> find(long id) {
        return list("WHERE id = " + id).stream().findFirst();
    }

    /** Placeholders, or the ones on the whole job resource, in id order. */
    public List<Notification> list(boolean placeholder) {
        return list("WHERE placeholder = " + placeholder + " AND job_id IS NULL");
    }

    /** The notifications on one job. */
    public List<Notification> forJob(long jobId) {
        return list("WHERE job_id = " + jobId);
    }

    private List<Notification> list(String where) {
        return db.read(
                c -> {
                    List<Notification> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT document FROM job_notification "
                                                    + where
                                                    + " ORDER BY id");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(parse(rs.getString(1)));
                        }
                    }
                    return out;
                });
    }

    private static String json(Notification n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Notification parse(String json) {
        try {
            return JSON.readValue(json, Notification.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

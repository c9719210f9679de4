package org.seqdesk.sandbox.jobs;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.sandbox.store.Database;

/** Jobs, their data, log and problems. */
public final class JobStore {
    private static final String COLUMNS =
            "id, type, status, priority, owner, created, started, finished, current_step,"
                    + " step_description, step_status, total_steps, request";

    private final Database db;
    private volatile Listener listener = (id, created) -> {};

    /** Told of each new job and each change of a job's state, after it is stored. */
    @FunctionalInterface
    public interface Listener {
        void jobChanged(long jobId, boolean created);
    }

    public JobStore(Database db) {
        this.db = db;
    }

    public void setListener(Listener l) {
        listener = l == null ? (id, created) -> {} : l;
    }

    private void tell(long id, boolean created) {
        try {
            listener.jobChanged(id, created);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(JobStore.class)
                    .warn("A listener of job {} failed", id, e);
        }
    }

    public JobRow create(
            String type,
            JobPriority priority,
            String owner,
            int totalSteps,
            String request,
            Map<String, String> data) {
        long id =
                db.inTransaction(
                        c -> {
                            long newId = Database.nextId(c, "job_seq");
                            insert(c, newId, type, priority, owner, totalSteps, request);
                            for (Map.Entry<String, String> e : data.entrySet()) {
                                putData(c, newId, e.getKey(), e.getValue());
                            }
                            return newId;
                        });
        tell(id, true);
        return find(id).orElseThrow();
    }

    private static void insert(
            Connection c,
            long id,
            String type,
            JobPriority priority,
            String owner,
            int totalSteps,
            String request)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO job (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setString(2, type);
            ps.setString(3, JobState.READY.name());
            ps.setString(4, priority.name());
            ps.setString(5, owner);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.setTimestamp(7, null);
            ps.setTimestamp(8, null);
            ps.setInt(9, 0);
            ps.setString(10, "");
            ps.setString(11, "NONE");
            ps.setInt(12, totalSteps);
            ps.setString(13, request);
            ps.executeUpdate();
        }
    }

    public Optional<JobRow> find(long id) {
        return db.read(c -> find(c, id));
    }

    private Optional<JobRow> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT " + COLUMNS + " FROM job WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(c, rs)) : Optional.empty();
            }
        }
    }

    /** The total number of matches and the requested page. */
    public Map.Entry<Long, List<JobRow>> list(JobFilter f) {
        return db.read(
                c -> {
                    JobQuerySql sql = JobQuerySql.of(f);
                    long hits;
                    try (PreparedStatement ps = c.prepareStatement(sql.count())) {
                        sql.bind(ps);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            hits = rs.getLong(1);
                        }
                    }
                    List<JobRow> rows = new ArrayList<>();
                    try (PreparedStatement ps = c.prepareStatement(sql.page(COLUMNS))) {
                        int next = sql.bind(ps);
                        ps.setInt(next, f.number());
                        ps.setLong(next + 1, Math.max(0, f.first() - 1L));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rows.add(row(c, rs));
                            }
                        }
                    }
                    return Map.entry(hits, rows);
                });
    }

    /** Ids of jobs in any of {@code states}, most urgent first, then oldest first. */
    public List<Long> idsInState(JobState... states) {
        return db.read(
                c -> {
                    List<Long> ids = new ArrayList<>();
                    StringBuilder in = new StringBuilder();
                    for (JobState s : states) {
                        in.append(in.length() == 0 ? "'" : ",'").append(s.name()).append('\'');
                    }
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT id FROM job WHERE status IN ("
                                                    + in
                                                    + ") ORDER BY id");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
                });
    }

    public void setStatus(long id, JobState status) {
        db.execute(
                c -> {
                    String extra =
                            status == JobState.STARTED
                                    ? ", started = COALESCE(started, CURRENT_TIMESTAMP)"
                                    : status.isTerminal() ? ", finished = CURRENT_TIMESTAMP" : "";
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "UPDATE job SET status = ?" + extra + " WHERE id = ?")) {
                        ps.setString(1, status.name());
                        ps.setLong(2, id);
                        ps.executeUpdate();
                    }
                });
        tell(id, false);
    }

    public void setPriority(long id, JobPriority priority) {
        update(id, "priority", priority.name());
    }

    public void setStep(long id, int step, String description, String stepStatus) {
        db.execute(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "UPDATE job SET current_step = ?, step_description = ?,"
                                            + " step_status = ? WHERE id = ?")) {
                        ps.setInt(1, step);
                        ps.setString(2, description);
                        ps.setString(3, stepStatus);
                        ps.setLong(4, id);
                        ps.executeUpdate();
                    }
                });
    }

    private void update(long id, String column, String value) {
        db.execute(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement("UPDATE job SET " + column + " = ? WHERE id = ?")) {
                        ps.setString(1, value);
                        ps.setLong(2, id);
                        ps.executeUpdate();
                    }
                });
    }

    public void putData(long id, String key, String value) {
        db.execute(c -> putData(c, id, key, value));
    }

    private static void putData(Connection c, long id, String key, String value)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "MERGE INTO job_data (job_id, data_key, data_value) VALUES (?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, key);
            ps.setString(3, value);
            ps.executeUpdate();
        }
    }

    public void putTask(long id, JobTask t) {
        db.execute(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "MERGE INTO job_task (job_id, step, status, description,"
                                            + " progress, error_message, updated)"
                                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        ps.setLong(1, id);
                        ps.setInt(2, t.step());
                        ps.setString(3, t.status());
                        ps.setString(4, t.description());
                        ps.setBigDecimal(5, t.progress());
                        ps.setString(6, t.errorMessage());
                        ps.setTimestamp(7, Timestamp.from(t.updated()));
                        ps.executeUpdate();
                    }
                });
    }

    public void replaceProblems(long id, List<JobProblem> problems) {
        db.execute(
                c -> {
                    try (PreparedStatement del =
                            c.prepareStatement("DELETE FROM job_problem WHERE job_id = ?")) {
                        del.setLong(1, id);
                        del.executeUpdate();
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO job_problem (job_id, type, data_key, data_value)"
                                            + " VALUES (?, ?, ?, ?)")) {
                        for (JobProblem p : problems) {
                            for (Map.Entry<String, String> e : p.data().entrySet()) {
                                ps.setLong(1, id);
                                ps.setString(2, p.type());
                                ps.setString(3, e.getKey());
                                ps.setString(4, e.getValue());
                                ps.addBatch();
                            }
                        }
                        ps.executeBatch();
                    }
                });
    }

    /** Problems of one job, or of every job when {@code jobId} is null. */
    public List<JobProblem> problems(Long jobId) {
        return db.read(
                c -> {
                    String where = jobId == null ? "" : " WHERE job_id = " + jobId;
                    Map<List<Object>, Map<String, String>> grouped = new LinkedHashMap<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT job_id, type, data_key, data_value FROM"
                                                    + " job_problem"
                                                    + where
                                                    + " ORDER BY id");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            grouped.computeIfAbsent(
                                            List.of(rs.getLong(1), rs.getString(2)),
                                            k -> new LinkedHashMap<>())
                                    .put(rs.getString(3), rs.getString(4));
                        }
                    }
                    List<JobProblem> out = new ArrayList<>();
                    long n = 1;
                    for (Map.Entry<List<Object>, Map<String, String>> e : grouped.entrySet()) {
                        out.add(
                                new JobProblem(
                                        n++,
                                        (Long) e.getKey().get(0),
                                        (String) e.getKey().get(1),
                                        e.getValue()));
                    }
                    return out;
                });
    }

    public int delete(List<Long> ids) {
        return db.inTransaction(
                c -> {
                    int n = 0;
                    for (Long id : ids) {
                        for (String table : List.of("job_data", "job_task", "job_problem")) {
                            try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "DELETE FROM " + table + " WHERE job_id = ?")) {
                                ps.setLong(1, id);
                                ps.executeUpdate();
                            }
                        }
                        try (PreparedStatement ps =
                                c.prepareStatement("DELETE FROM job WHERE id = ?")) {
                            ps.setLong(1, id);
                            n += ps.executeUpdate();
                        }
                    }
                    return n;
                });
    }

    private static JobRow row(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new JobRow(
                id,
                rs.getString(2),
                JobState.valueOf(rs.getString(3)),
                JobPriority.valueOf(rs.getString(4)),
                rs.getString(5),
                instant(rs, 6),
                instant(rs, 7),
                instant(rs, 8),
                rs.getInt(9),
                rs.getString(10),
                rs.getString(11),
                rs.getInt(12),
                rs.getString(13),
                data(c, id),
                tasks(c, id));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Map<String, String> data(Connection c, long id) throws SQLException {
        Map<String, String> data = new LinkedHashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT data_key, data_value FROM job_data WHERE job_id = ?"
                                + " ORDER BY data_key")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    data.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return data;
    }

    private static List<JobTask> tasks(Connection c, long id) throws SQLException {
        List<JobTask> tasks = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT step, status, description, progress, error_message, updated"
                                + " FROM job_task WHERE job_id = ? ORDER BY step")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal progress = rs.getBigDecimal(4);
                    tasks.add(
                            new JobTask(
                                    rs.getInt(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    progress,
                                    rs.getString(5),
                                    rs.getTimestamp(6).toInstant()));
                }
            }
        }
        return tasks;
    }
}

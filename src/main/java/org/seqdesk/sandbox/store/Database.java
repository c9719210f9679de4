package org.seqdesk.sandbox.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's H2 database in file mode, with a small connection pool and helpers that run a piece
 * of JDBC work in one transaction.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final JdbcConnectionPool pool;

    /** Work on one connection; may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Work with no result. */
    @FunctionalInterface
    public interface VoidWork {
        void run(Connection c) throws SQLException;
    }

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating when missing) the database {@code sandbox} in {@code dir}. */
    public static Database open(Path dir) {
        String url =
                "jdbc:h2:file:"
                        + dir.toAbsolutePath().resolve("sandbox")
                        + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=65536";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sandbox", "");
        pool.setMaxConnections(32);
        Database db = new Database(pool);
        db.execute(Database::createSchema);
        LOG.debug("Opened sandbox database in {}", dir);
        return db;
    }

    private static void createSchema(Connection c) throws SQLException {
        String script;
        try (InputStream in =
                Database.class.getResourceAsStream("/org/seqdesk/sandbox/schema.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement s = c.createStatement()) {
            for (String sql : script.split(";\\s*\n")) {
                String statement = stripComments(sql);
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private static String stripComments(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Runs {@code work} in one transaction, committing on success and rolling back on failure. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public void execute(VoidWork work) {
        inTransaction(
                c -> {
                    work.run(c);
                    return null;
                });
    }

    /** Runs read-only {@code work} on a connection in auto-commit mode. */
    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** The next value of an id sequence such as {@code item_seq}. */
    public static long nextId(Connection c, String sequence) throws SQLException {
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("Database shutdown: {}", e.getMessage());
        }
        pool.dispose();
    }
}

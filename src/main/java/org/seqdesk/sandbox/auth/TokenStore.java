package org.seqdesk.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.seqdesk.sandbox.store.Database;

/**
 * Session tokens as {@code GET /API/token} hands them out: random strings with a lifetime, kept in
 * the database so that they outlive a restart until they expire. Only the SHA-256 of a token is
 * stored; a copy of the database does not let anyone in.
 */
public final class TokenStore {
    /**
     * VidiCore's {@code userTokenRefreshInterval}: an auto-refresh token is rewritten at most this
     * often.
     */
    private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(10);

    private final SecureRandom random = new SecureRandom();
    private final Database db;
    private final Clock clock;

    private record Entry(String user, Duration lifetime, boolean autoRefresh, Instant expires) {}

    public TokenStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public String issue(String user, Duration lifetime, boolean autoRefresh) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        db.execute(
                c -> {
                    removeExpired(c, now);
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO auth_token (token_hash, user_name,"
                                            + " lifetime_seconds, auto_refresh, expires)"
                                            + " VALUES (?, ?, ?, ?, ?)")) {
                        ps.setString(1, hash(token));
                        ps.setString(2, user);
                        ps.setLong(3, lifetime.toSeconds());
                        ps.setBoolean(4, autoRefresh);
                        ps.setTimestamp(5, Timestamp.from(now.plus(lifetime)));
                        ps.executeUpdate();
                    }
                });
        return token;
    }

    /** The user a live token belongs to; refreshes an auto-refresh token. */
    public Optional<String> userOf(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        String key = hash(token);
        Instant now = clock.instant();
        Optional<Entry> found = db.read(c -> find(c, key));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Entry e = found.get();
        if (!now.isBefore(e.expires)) {
            db.execute(c -> delete(c, key));
            return Optional.empty();
        }
        if (e.autoRefresh
                && Duration.between(e.expires.minus(e.lifetime), now).compareTo(REFRESH_INTERVAL)
                        >= 0) {
            db.execute(c -> setExpiry(c, key, now.plus(e.lifetime)));
        }
        return Optional.of(e.user);
    }

    private static Optional<Entry> find(Connection c, String key) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT user_name, lifetime_seconds, auto_refresh, expires FROM auth_token"
                                + " WHERE token_hash = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Entry(
                                rs.getString(1),
                                Duration.ofSeconds(rs.getLong(2)),
                                rs.getBoolean(3),
                                rs.getTimestamp(4).toInstant()));
            }
        }
    }

    private static void setExpiry(Connection c, String key, Instant expires) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE auth_token SET expires = ? WHERE token_hash = ?")) {
            ps.setTimestamp(1, Timestamp.from(expires));
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    private static void delete(Connection c, String key) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM auth_token WHERE token_hash = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    private static void removeExpired(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM auth_token WHERE expires <= ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    /** The stored form of a token: its SHA-256 in hex. */
    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

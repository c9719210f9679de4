package org.seqdesk.sandbox.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session tokens as {@code GET /API/token} hands them out: random strings with a lifetime, held in
 * memory only (a restart logs everybody out, as a token is meant to be short-lived).
 */
public final class TokenStore {
    /**
     * VidiCore's {@code userTokenRefreshInterval}: an auto-refresh token is rewritten at most this
     * often.
     */
    private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(10);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Entry(String user, Duration lifetime, boolean autoRefresh, Instant expires) {}

    public TokenStore(Clock clock) {
        this.clock = clock;
    }

    public String issue(String user, Duration lifetime, boolean autoRefresh) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new Entry(user, lifetime, autoRefresh, clock.instant().plus(lifetime)));
        return token;
    }

    /** The user a live token belongs to; refreshes an auto-refresh token. */
    public Optional<String> userOf(String token) {
        Entry e = tokens.get(token);
        Instant now = clock.instant();
        if (e == null) {
            return Optional.empty();
        }
        if (!now.isBefore(e.expires)) {
            tokens.remove(token);
            return Optional.empty();
        }
        Instant refreshed = now.plus(e.lifetime);
        if (e.autoRefresh
                && Duration.between(e.expires.minus(e.lifetime), now).compareTo(REFRESH_INTERVAL)
                        >= 0) {
            tokens.put(token, new Entry(e.user, e.lifetime, true, refreshed));
        }
        return Optional.of(e.user);
    }
}

package org.seqdesk.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the {@code Authorization} header (Basic or {@code token …}) and the {@code RunAs} header
 * against the configured users.
 */
public final class Authenticator {
    private final Map<String, User> users = new LinkedHashMap<>();
    private final TokenStore tokens;

    /** Why a request was refused, or who it acts as. */
    public record Outcome(Optional<User> user, boolean forbidden, String reason) {
        static Outcome ok(User user) {
            return new Outcome(Optional.of(user), false, "");
        }

        static Outcome unauthorized(String reason) {
            return new Outcome(Optional.empty(), false, reason);
        }

        static Outcome forbidden(String reason) {
            return new Outcome(Optional.empty(), true, reason);
        }
    }

    public Authenticator(List<User> configured, TokenStore tokens) {
        this.tokens = tokens;
        List<User> list = configured.isEmpty() ? List.of(User.defaultAdmin()) : configured;
        for (User u : list) {
            users.put(u.name(), u);
        }
    }

    public Optional<User> user(String name) {
        return Optional.ofNullable(users.get(name));
    }

    /** Who the request acts as, given its {@code Authorization} and {@code RunAs} headers. */
    public Outcome authenticate(String authorization, String runAs) {
        Optional<User> caller = caller(authorization);
        if (caller.isEmpty()) {
            return Outcome.unauthorized(
                    authorization == null ? "Authentication required" : "Invalid credentials");
        }
        if (runAs == null || runAs.isBlank() || runAs.equals(caller.get().name())) {
            return Outcome.ok(caller.get());
        }
        if (!caller.get().hasRole(User.ADMINISTRATOR)) {
            return Outcome.forbidden("Only an administrator may act as another user");
        }
        User target = users.get(runAs.strip());
        return target == null
                ? Outcome.forbidden("No such user to run as: " + runAs.strip())
                : Outcome.ok(target);
    }

    private Optional<User> caller(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String header = authorization.strip();
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("basic ")) {
            return basic(header.substring(6).strip());
        }
        if (lower.startsWith("token ")) {
            return tokens.userOf(header.substring(6).strip()).map(users::get);
        }
        return Optional.empty();
    }

    private Optional<User> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        User user = users.get(decoded.substring(0, colon));
        if (user == null) {
            return Optional.empty();
        }
        byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        byte[] expected = user.password().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected) ? Optional.of(user) : Optional.empty();
    }
}

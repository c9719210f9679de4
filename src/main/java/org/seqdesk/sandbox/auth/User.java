package org.seqdesk.sandbox.auth;

import java.util.Objects;
import java.util.Set;

/**
 * A sandbox user: name, password and VidiCore roles such as {@code _sequence_read}.
 *
 * <p>{@code _administrator} implies every role.
 */
public record User(String name, String password, Set<String> roles) {
    public static final String ADMINISTRATOR = "_administrator";

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(ADMINISTRATOR) || roles.contains(role);
    }

    /** The default {@code admin}/{@code admin} user with every role. */
    public static User defaultAdmin() {
        return new User("admin", "admin", Set.of(ADMINISTRATOR));
    }

    @Override
    public String toString() {
        return "User[" + name + ", roles=" + roles + "]";
    }
}

package org.seqdesk.connection;

import java.util.Objects;
import java.util.UUID;

/**
 * A named VidiCore server the user can connect to. It holds no secret: the password or token lives
 * in the {@link SecretStore} under {@link #secretAccount()}.
 *
 * @param id stable identity, used for the secret and the trust store; never shown
 * @param name what the user calls the server, e.g. "Production"
 * @param url the server URL, with or without {@code /API}; empty for the built-in sandbox
 * @param authKind how to sign in
 * @param user the user for Basic auth (null for a token)
 * @param runAs a user to act as, or null
 * @param readOnly hide and refuse every call that would change the server
 * @param colour a CSS colour such as {@code #c0392b}, shown in the title and status bars
 * @param builtIn the embedded sandbox: always present, cannot be deleted
 */
public record ServerProfile(
        String id,
        String name,
        String url,
        AuthKind authKind,
        String user,
        String runAs,
        boolean readOnly,
        String colour,
        boolean builtIn) {

    /** The id of the embedded sandbox profile. */
    public static final String SANDBOX_ID = "sandbox";

    private static final String GREY = "#607d8b";

    /** How a profile signs in. */
    public enum AuthKind {
        BASIC,
        TOKEN
    }

    public ServerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authKind, "authKind");
        name = name == null || name.isBlank() ? id : name.strip();
        url = url == null ? "" : url.strip();
        user = blankToNull(user);
        runAs = blankToNull(runAs);
        colour =
                colour != null && colour.strip().matches("#[0-9a-fA-F]{6}") ? colour.strip() : GREY;
    }

    /** A new profile with a fresh id. */
    public static ServerProfile create(String name, String url, AuthKind kind, String user) {
        return new ServerProfile(
                UUID.randomUUID().toString(), name, url, kind, user, null, false, null, false);
    }

    /** The embedded sandbox, started on a free loopback port when chosen. */
    public static ServerProfile sandbox(String name) {
        return new ServerProfile(
                SANDBOX_ID, name, "", AuthKind.BASIC, "admin", null, false, "#2e7d32", true);
    }

    /** A copy under a new id and name; secrets are not copied. */
    public ServerProfile duplicate(String newName) {
        return new ServerProfile(
                UUID.randomUUID().toString(),
                newName,
                url,
                authKind,
                user,
                runAs,
                readOnly,
                colour,
                false);
    }

    /** The keyring account the profile's password or token is kept under. */
    public String secretAccount() {
        return id + ":" + (authKind == AuthKind.TOKEN ? "token" : "basic:" + user);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.seqdesk.api;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okhttp3.Credentials;

/** How a client proves who it is. The secrets never appear in {@code toString}. */
public sealed interface Auth permits Auth.None, Auth.Basic, Auth.Token {

    /** The {@code Authorization} header value, or null for none. */
    String header();

    static Auth none() {
        return new None();
    }

    static Auth basic(String user, String password) {
        return new Basic(user, password);
    }

    static Auth token(String token) {
        return new Token(token);
    }

    /** No credentials, e.g. for {@code /APInoauth} URLs. */
    record None() implements Auth {
        @Override
        public String header() {
            return null;
        }
    }

    /** HTTP Basic with a user name and password (or an access key id and secret). */
    record Basic(String user, String password) implements Auth {
        public Basic {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String header() {
            return Credentials.basic(user, password, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "Basic[user=" + user + ", password=" + Redaction.MASK + "]";
        }
    }

    /** A session token from {@code GET /token}, sent as {@code Authorization: token …}. */
    record Token(String token) implements Auth {
        public Token {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String header() {
            return "token " + token;
        }

        @Override
        public String toString() {
            return "Token[" + Redaction.MASK + "]";
        }
    }
}

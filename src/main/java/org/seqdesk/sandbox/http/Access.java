package org.seqdesk.sandbox.http;

import io.javalin.http.Context;
import org.seqdesk.sandbox.auth.User;

/** The authenticated user of a request and role checks. */
public final class Access {
    static final String USER_ATTRIBUTE = "sandbox.user";

    private Access() {}

    public static User user(Context ctx) {
        User u = ctx.attribute(USER_ATTRIBUTE);
        if (u == null) {
            throw ApiException.notAuthorized("Authentication required");
        }
        return u;
    }

    /** The user, after checking they hold {@code role}; a 403 {@code forbidden} otherwise. */
    public static User require(Context ctx, String role) {
        User u = user(ctx);
        if (!u.hasRole(role)) {
            throw ApiException.forbidden(role, "User " + u.name() + " lacks the role " + role);
        }
        return u;
    }
}

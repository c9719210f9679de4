package org.seqdesk.sandbox.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import org.seqdesk.api.doc.AuthenticationTokenDocument;
import org.seqdesk.api.doc.VersionDocument;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.auth.User;

/** {@code /token}, {@code /user/{name}/token} and {@code /version}. */
final class AuthRoutes {
    /** VidiCore's {@code userTokenDefaultInterval} and {@code userTokenMaxInterval}. */
    static final int DEFAULT_SECONDS = 60;

    static final int MAX_SECONDS = 60;

    private final Services services;

    AuthRoutes(Services services) {
        this.services = services;
    }

    void register(Javalin app) {
        app.get("/API/token", ctx -> token(ctx, Access.user(ctx)));
        app.get("/API/user/{username}/token", this::userToken);
        app.get("/API/version", AuthRoutes::version);
    }

    private void userToken(Context ctx) {
        User caller = Access.user(ctx);
        String name = ctx.pathParam("username");
        if (!name.equals(caller.name()) && !caller.hasRole(User.ADMINISTRATOR)) {
            throw ApiException.forbidden(
                    "user", "Only an administrator may get another user's token");
        }
        User target =
                services.auth().user(name).orElseThrow(() -> ApiException.notFound("User", name));
        token(ctx, target);
    }

    private void token(Context ctx, User user) {
        int seconds = Params.integer(ctx, "seconds", DEFAULT_SECONDS, 1, Integer.MAX_VALUE);
        if (seconds > MAX_SECONDS && !Access.user(ctx).hasRole(User.ADMINISTRATOR)) {
            throw ApiException.forbidden(
                    "seconds", "A token lifetime above " + MAX_SECONDS + " s needs _administrator");
        }
        boolean autoRefresh = Params.bool(ctx, "autoRefresh", false);
        String token =
                services.tokens().issue(user.name(), Duration.ofSeconds(seconds), autoRefresh);
        Responses.send(ctx, new AuthenticationTokenDocument(token, user.name()), token);
    }

    private static void version(Context ctx) {
        Responses.send(
                ctx,
                new VersionDocument(
                        List.of(
                                new VersionDocument.Component(
                                        "VidiCore API (SeqDesk sandbox)", "5.6.0"),
                                new VersionDocument.Component("SeqDesk sandbox", "0.1.0"))),
                "5.6.0");
    }
}

package org.seqdesk.sandbox.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.auth.Authenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the sandbox: Javalin on Jetty, authentication before every {@code /API} call,
 * every failure as an ExceptionDocument (never a stack trace), and the resource routes.
 */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String HANDLED = "sandbox.errorWritten";

    /** The largest request body; larger ones get a 413. */
    static final long MAX_BODY = 32L * 1024 * 1024;

    private ApiServer() {}

    public static Javalin create(Services services) {
        Javalin app =
                Javalin.create(
                        cfg -> {
                            cfg.showJavalinBanner = false;
                            cfg.startupWatcherEnabled = false;
                            cfg.http.maxRequestSize = MAX_BODY;
                            cfg.http.prefer405over404 = true;
                            cfg.router.ignoreTrailingSlashes = true;
                            cfg.jetty.modifyServletContextHandler(
                                    h ->
                                            h.addFilter(
                                                    MatrixParamFilter.class,
                                                    "/*",
                                                    EnumSet.of(DispatcherType.REQUEST)));
                            cfg.jetty.modifyServer(
                                    server -> server.setErrorHandler(new JettyErrors()));
                        });
        Authenticator auth = services.auth();
        app.before("/API/*", ctx -> authenticate(ctx, auth));
        app.before("/API", ctx -> authenticate(ctx, auth));
        app.after(ctx -> record(ctx, services.requests()));
        app.exception(ApiException.class, (e, ctx) -> fail(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, fromJavalin(e)));
        app.exception(
                Exception.class,
                (e, ctx) -> {
                    LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                    fail(ctx, ApiException.internal("The sandbox failed; see its log"));
                });
        app.error(404, ctx -> unlessHandled(ctx, ApiException.notFound("resource", ctx.path())));
        app.error(
                405,
                ctx ->
                        unlessHandled(
                                ctx,
                                ApiException.httpStatus(
                                        405, "Method not allowed on " + ctx.path())));
        new AuthRoutes(services).register(app);
        new ItemRoutes(services).register(app);
        // Export before the sequence routes: GET .../sequence/export is not a format.
        new ExportRoutes(services).register(app);
        new SequenceRoutes(services).register(app);
        new NotificationRoutes(services).register(app);
        new JobRoutes(services).register(app);
        new ResourceRoutes(services).register(app);
        return app;
    }

    private static void authenticate(Context ctx, Authenticator auth) {
        if (ctx.method().name().equals("OPTIONS")) {
            return;
        }
        Authenticator.Outcome outcome =
                auth.authenticate(ctx.header("Authorization"), ctx.header("RunAs"));
        if (outcome.user().isEmpty()) {
            throw outcome.forbidden()
                    ? ApiException.forbidden("RunAs", outcome.reason())
                    : ApiException.notAuthorized(outcome.reason());
        }
        ctx.attribute(Access.USER_ATTRIBUTE, outcome.user().get());
    }

    private static void record(Context ctx, RequestLog log) {
        log.add(
                new RequestLog.Seen(
                        ctx.method().name(),
                        ctx.path(),
                        ctx.queryString(),
                        ctx.contentType(),
                        ctx.header("Accept"),
                        ctx.contentLength() < 0 ? 0 : ctx.contentLength(),
                        ctx.statusCode()));
    }

    private static void fail(Context ctx, ApiException e) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ErrorResponses.write(ctx, e);
    }

    private static void unlessHandled(Context ctx, ApiException e) {
        if (ctx.attribute(HANDLED) == null) {
            ErrorResponses.write(ctx, e);
        }
    }

    private static ApiException fromJavalin(HttpResponseException e) {
        int status = e.getStatus();
        if (status == 404) {
            return ApiException.notFound("resource", "");
        }
        if (status < 400 || status >= 500) {
            return ApiException.httpStatus(400, "The request could not be handled");
        }
        return ApiException.httpStatus(status, e.getMessage());
    }
}

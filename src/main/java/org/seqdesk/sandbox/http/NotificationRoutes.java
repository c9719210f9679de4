package org.seqdesk.sandbox.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.URIListDocument;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.auth.Roles;
import org.seqdesk.sandbox.notify.Notification;
import org.seqdesk.sandbox.store.SiteIds;

/**
 * Job notifications: {@code /job/notification} (sent for every job), {@code /job/{id}/notification}
 * (sent for that job) and the placeholder ones under {@code /notification} (sent for the jobs that
 * name them with {@code notification=<id>}). List, create, read, replace, delete.
 */
final class NotificationRoutes {
    private final Services services;

    NotificationRoutes(Services services) {
        this.services = services;
    }

    /** Register before the job routes: {@code /job/notification} is not a job id. */
    void register(Javalin app) {
        for (boolean placeholder : new boolean[] {false, true}) {
            String base = placeholder ? "/API/notification" : "/API/job/notification";
            app.get(base, ctx -> list(ctx, new Scope(placeholder, null)));
            app.post(base, ctx -> create(ctx, new Scope(placeholder, null)));
            app.get(base + "/{nid}", ctx -> get(ctx, new Scope(placeholder, null)));
            app.put(base + "/{nid}", ctx -> replace(ctx, new Scope(placeholder, null)));
            app.delete(base + "/{nid}", ctx -> delete(ctx, new Scope(placeholder, null)));
        }
        String one = "/API/job/{id}/notification";
        app.get(one, ctx -> list(ctx, jobScope(ctx)));
        app.post(one, ctx -> create(ctx, jobScope(ctx)));
        app.get(one + "/{nid}", ctx -> get(ctx, jobScope(ctx)));
        app.put(one + "/{nid}", ctx -> replace(ctx, jobScope(ctx)));
        app.delete(one + "/{nid}", ctx -> delete(ctx, jobScope(ctx)));
    }

    /** Where a notification lives: placeholders, the whole job resource, or one job. */
    private record Scope(boolean placeholder, Long jobId) {
        boolean holds(Notification n) {
            return n.placeholder() == placeholder && java.util.Objects.equals(n.jobId(), jobId);
        }
    }

    private Scope jobScope(Context ctx) {
        long id = Params.id(ctx, "id", "Job");
        if (services.jobs().find(id).isEmpty()) {
            throw ApiException.notFound("Job", ctx.pathParam("id"));
        }
        return new Scope(false, id);
    }

    private static void read(Context ctx, Scope scope) {
        Access.require(
                ctx,
                scope.placeholder()
                        ? Roles.PLACEHOLDER_NOTIFICATION_READ
                        : Roles.JOB_NOTIFICATION_READ);
    }

    private static void write(Context ctx, Scope scope) {
        Access.require(
                ctx,
                scope.placeholder()
                        ? Roles.PLACEHOLDER_NOTIFICATION_WRITE
                        : Roles.JOB_NOTIFICATION_WRITE);
    }

    private List<Notification> all(Scope scope) {
        return scope.jobId() == null
                ? services.notifications().list(scope.placeholder())
                : services.notifications().forJob(scope.jobId());
    }

    private void list(Context ctx, Scope scope) {
        read(ctx, scope);
        List<String> ids = new ArrayList<>();
        for (Notification n : all(scope)) {
            ids.add(n.siteId());
        }
        Responses.sendUris(ctx, ids);
    }

    private Notification body(Context ctx, Scope scope) {
        Notification n =
                NotificationReader.read(
                        ctx.bodyAsBytes(),
                        ctx.contentType(),
                        scope.placeholder(),
                        services.config().options().remoteNotifications());
        return scope.jobId() == null ? n : n.onJob(scope.jobId());
    }

    private void create(Context ctx, Scope scope) {
        write(ctx, scope);
        Notification n = services.notifications().create(body(ctx, scope));
        Responses.send(ctx, new URIListDocument(List.of(n.siteId())), n.siteId());
    }

    private Notification existing(Context ctx, Scope scope) {
        long id = Params.id(ctx, "nid", "notification");
        return services.notifications()
                .find(id)
                .filter(scope::holds)
                .orElseThrow(() -> ApiException.notFound("notification", ctx.pathParam("nid")));
    }

    private void get(Context ctx, Scope scope) {
        read(ctx, scope);
        Responses.send(ctx, NotificationDocument.of(existing(ctx, scope)));
    }

    private void replace(Context ctx, Scope scope) {
        write(ctx, scope);
        Notification old = existing(ctx, scope);
        Notification n = body(ctx, scope).withId(old.id());
        services.notifications().update(n);
        Responses.send(ctx, NotificationDocument.of(n));
    }

    private void delete(Context ctx, Scope scope) {
        write(ctx, scope);
        services.notifications().delete(existing(ctx, scope).id(), scope.placeholder());
        ctx.status(200);
    }

    /**
     * Puts {@code notification} (checked: every id must be a stored notification) and {@code
     * notificationData} of a job-creating call into the job's data.
     */
    static void addToJobData(Context ctx, Services services, Map<String, String> data) {
        List<String> ids = Params.list(ctx, "notification");
        String raw = ctx.queryParam("notification");
        if (ids.isEmpty() && raw != null && !raw.isBlank()) {
            throw ApiException.invalidInput("notification", "No notification id", raw);
        }
        for (String id : ids) {
            long n = SiteIds.parse(id).orElse(-1);
            if (n < 0 || services.notifications().find(n).isEmpty()) {
                throw ApiException.invalidInput("notification", "No such notification", id);
            }
        }
        if (!ids.isEmpty()) {
            data.put("notification", String.join(",", ids));
        }
        String extra = ctx.queryParam("notificationData");
        if (extra != null && !extra.isBlank()) {
            data.put("notificationData", extra.strip());
        }
    }
}

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
 * Job notifications: {@code /job/notification} (sent for every job) and the placeholder ones under
 * {@code /notification} (sent for the jobs that name them with {@code notification=<id>}). List,
 * create, read, replace, delete.
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
            app.get(base, ctx -> list(ctx, placeholder));
            app.post(base, ctx -> create(ctx, placeholder));
            app.get(base + "/{nid}", ctx -> get(ctx, placeholder));
            app.put(base + "/{nid}", ctx -> replace(ctx, placeholder));
            app.delete(base + "/{nid}", ctx -> delete(ctx, placeholder));
        }
    }

    private static void read(Context ctx, boolean placeholder) {
        Access.require(
                ctx,
                placeholder ? Roles.PLACEHOLDER_NOTIFICATION_READ : Roles.JOB_NOTIFICATION_READ);
    }

    private static void write(Context ctx, boolean placeholder) {
        Access.require(
                ctx,
                placeholder ? Roles.PLACEHOLDER_NOTIFICATION_WRITE : Roles.JOB_NOTIFICATION_WRITE);
    }

    private void list(Context ctx, boolean placeholder) {
        read(ctx, placeholder);
        List<String> ids = new ArrayList<>();
        for (Notification n : services.notifications().list(placeholder)) {
            ids.add(n.siteId());
        }
        Responses.sendUris(ctx, ids);
    }

    private Notification body(Context ctx, boolean placeholder) {
        return NotificationReader.read(
                ctx.bodyAsBytes(),
                ctx.contentType(),
                placeholder,
                services.config().options().remoteNotifications());
    }

    private void create(Context ctx, boolean placeholder) {
        write(ctx, placeholder);
        Notification n = services.notifications().create(body(ctx, placeholder));
        Responses.send(ctx, new URIListDocument(List.of(n.siteId())), n.siteId());
    }

    private Notification existing(Context ctx, boolean placeholder) {
        long id = Params.id(ctx, "nid", "notification");
        return services.notifications()
                .find(id)
                .filter(n -> n.placeholder() == placeholder)
                .orElseThrow(() -> ApiException.notFound("notification", ctx.pathParam("nid")));
    }

    private void get(Context ctx, boolean placeholder) {
        read(ctx, placeholder);
        Responses.send(ctx, NotificationDocument.of(existing(ctx, placeholder)));
    }

    private void replace(Context ctx, boolean placeholder) {
        write(ctx, placeholder);
        Notification old = existing(ctx, placeholder);
        Notification n = body(ctx, placeholder).withId(old.id());
        services.notifications().update(n);
        Responses.send(ctx, NotificationDocument.of(n));
    }

    private void delete(Context ctx, boolean placeholder) {
        write(ctx, placeholder);
        services.notifications().delete(existing(ctx, placeholder).id(), placeholder);
        ctx.status(200);
    }

    /**
     * Puts {@code notification} (checked: every id must be a stored notification) and {@code
     * notificationData} of a job-creating call into the job's data.
     */
    static void addToJobData(Context ctx, Services services, Map<String, String> data) {
        List<String> ids = Params.list(ctx, "notification");
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

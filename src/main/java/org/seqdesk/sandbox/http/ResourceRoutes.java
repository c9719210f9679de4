package org.seqdesk.sandbox.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seqdesk.api.doc.StorageDocument;
import org.seqdesk.api.doc.StorageListDocument;
import org.seqdesk.api.doc.TranscodePresetDocument;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.auth.Roles;
import org.seqdesk.sandbox.auth.User;
import org.seqdesk.sandbox.store.ShapeTagPreset;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.sandbox.store.StorageRow;

/** Shape tags with their presets, storages, thumbnails and posters. */
final class ResourceRoutes {
    private static final java.util.regex.Pattern TAG =
            java.util.regex.Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");

    private final Services services;

    ResourceRoutes(Services services) {
        this.services = services;
    }

    void register(Javalin app) {
        app.get("/API/shape-tag", this::tags);
        app.get("/API/shape-tag/{name}", this::tag);
        app.put("/API/shape-tag/{name}", this::putTag);
        app.delete("/API/shape-tag/{name}", this::deleteTag);
        app.get("/API/storage", this::storages);
        app.get("/API/storage/{id}", this::storage);
        for (String root : List.of("/API", "/APInoauth")) {
            for (String kind : List.of("thumbnail", "poster")) {
                app.get(root + "/" + kind + "/{service}/{item}", ctx -> imageTimes(ctx, kind));
                app.get(root + "/" + kind + "/{service}/{item}/{time}", ctx -> image(ctx, kind));
            }
        }
        app.get("/API/item/{id}/thumbnailresource", ctx -> resource(ctx, "thumbnail"));
        app.get("/API/item/{id}/posterresource", ctx -> resource(ctx, "poster"));
    }

    private void tags(Context ctx) {
        List<String> names = new ArrayList<>();
        for (ShapeTagPreset p : services.shapes().presets()) {
            names.add(p.name());
        }
        Responses.sendUris(ctx, names);
    }

    private ShapeTagPreset preset(Context ctx) {
        String name = ctx.pathParam("name");
        return services.shapes()
                .preset(name)
                .orElseThrow(() -> ApiException.notFound("shape-tag", name));
    }

    private void tag(Context ctx) {
        Responses.send(ctx, presetDocument(preset(ctx)));
    }

    static TranscodePresetDocument presetDocument(ShapeTagPreset p) {
        TranscodePresetDocument.Video video =
                p.videoCodec() == null
                        ? null
                        : new TranscodePresetDocument.Video(
                                p.videoCodec(),
                                toLong(p.videoBitrate()),
                                null,
                                p.width() == null
                                        ? null
                                        : new TranscodePresetDocument.Scaling(
                                                p.width(), p.height()));
        TranscodePresetDocument.Audio audio =
                p.audioCodec() == null
                        ? null
                        : new TranscodePresetDocument.Audio(
                                p.audioCodec(), toLong(p.audioBitrate()));
        return new TranscodePresetDocument(p.name(), null, p.container(), audio, video);
    }

    private static Long toLong(Integer i) {
        return i == null ? null : i.longValue();
    }

    private void putTag(Context ctx) {
        Access.require(ctx, User.ADMINISTRATOR);
        String name = ctx.pathParam("name");
        if (!TAG.matcher(name).matches()) {
            throw ApiException.invalidInput("shape-tag", "Not a shape tag name", name);
        }
        TranscodePresetDocument d =
                Bodies.read(ctx, TranscodePresetDocument.class, "TranscodePresetDocument");
        if (d.format() == null || d.format().isBlank()) {
            throw ApiException.invalidInput("format", "A transcode preset needs a format", null);
        }
        services.shapes()
                .putPreset(
                        new ShapeTagPreset(
                                name,
                                d.format(),
                                d.video() == null ? null : d.video().codec(),
                                d.video() == null ? null : toInt(d.video().bitrate()),
                                d.video() == null || d.video().scaling() == null
                                        ? null
                                        : d.video().scaling().width(),
                                d.video() == null || d.video().scaling() == null
                                        ? null
                                        : d.video().scaling().height(),
                                d.audio() == null ? null : d.audio().codec(),
                                d.audio() == null ? null : toInt(d.audio().bitrate())));
        Responses.send(ctx, presetDocument(preset(ctx)));
    }

    private static Integer toInt(Long l) {
        if (l == null) {
            return null;
        }
        if (l < 0 || l > Integer.MAX_VALUE) {
            throw ApiException.invalidInput("bitrate", "Bitrate out of range", l.toString());
        }
        return l.intValue();
    }

    private void deleteTag(Context ctx) {
        Access.require(ctx, User.ADMINISTRATOR);
        if (!services.shapes().deletePreset(ctx.pathParam("name"))) {
            throw ApiException.notFound("shape-tag", ctx.pathParam("name"));
        }
        ctx.status(200);
    }

    private void storages(Context ctx) {
        Access.require(ctx, Roles.STORAGE_READ);
        List<StorageDocument> out = new ArrayList<>();
        for (StorageRow s : services.shapes().storages()) {
            out.add(storageDocument(s));
        }
        Responses.send(ctx, new StorageListDocument(out));
    }

    private void storage(Context ctx) {
        Access.require(ctx, Roles.STORAGE_READ);
        String id = ctx.pathParam("id");
        StorageRow s =
                services.shapes().storages().stream()
                        .filter(r -> r.siteId().equals(id))
                        .findFirst()
                        .orElseThrow(() -> ApiException.notFound("Storage", id));
        Responses.send(ctx, storageDocument(s));
    }

    private static StorageDocument storageDocument(StorageRow s) {
        long free = s.path().toFile().getUsableSpace();
        long total = s.path().toFile().getTotalSpace();
        return new StorageDocument(
                s.siteId(),
                "NONE",
                "LOCAL",
                total,
                free,
                List.of(
                        new StorageDocument.Method(
                                s.siteId() + "-m",
                                s.path().toUri().toString(),
                                true,
                                true,
                                true,
                                "NONE")));
    }

    private void resource(Context ctx, String kind) {
        Access.require(ctx, Roles.THUMBNAIL_READ);
        ItemRoutes.existingItem(ctx, services);
        Responses.sendUris(
                ctx,
                List.of(
                        ctx.scheme()
                                + "://"
                                + ctx.host()
                                + "/API/"
                                + kind
                                + "/"
                                + ItemViews.THUMBNAIL_SERVICE));
    }

    private long imageItem(Context ctx) {
        if (ctx.path().startsWith("/API/")) {
            Access.require(ctx, Roles.THUMBNAIL_READ);
        }
        long id = Params.id(ctx, "item", "Item");
        if (!services.items().exists(id)) {
            throw ApiException.notFound("Item", ctx.pathParam("item"));
        }
        return id;
    }

    private void imageTimes(Context ctx, String kind) {
        long id = imageItem(ctx);
        List<String> times = new ArrayList<>();
        for (String[] t : services.shapes().thumbnails(id, kind)) {
            times.add(t[0]);
        }
        Responses.sendUris(ctx, times);
    }

    private void image(Context ctx, String kind) {
        long id = imageItem(ctx);
        String time = ctx.pathParam("time");
        String[] found =
                services.shapes().thumbnails(id, kind).stream()
                        .filter(t -> t[0].equals(time))
                        .findFirst()
                        .orElseThrow(
                                () -> ApiException.notFound(kind, SiteIds.format(id) + "/" + time));
        try {
            ctx.contentType("image/jpeg").result(Files.readAllBytes(Path.of(found[1])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

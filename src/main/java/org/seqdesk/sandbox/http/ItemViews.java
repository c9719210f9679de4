package org.seqdesk.sandbox.http;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.api.doc.MetadataDocument;
import org.seqdesk.api.doc.ShapeDocument;
import org.seqdesk.api.doc.URIListDocument;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.store.MetadataValue;
import org.seqdesk.sandbox.store.ShapeRow;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.timeline.TimeCode;

/** Builds ItemDocuments with the content a request asks for. */
final class ItemViews {
    /** The id of the sandbox's one thumbnail resource. */
    static final String THUMBNAIL_SERVICE = "VX-1";

    private final Services services;

    ItemViews(Services services) {
        this.services = services;
    }

    /** What {@code content}, {@code field}, {@code tag} and the URL parameters ask for. */
    record Content(Set<String> kinds, FieldSelection fields, List<String> tags, String baseUrl) {
        static Content of(Context ctx) {
            Set<String> kinds = Set.copyOf(Params.list(ctx, "content"));
            List<String> p = Params.list(ctx, "p");
            if (!p.isEmpty()) {
                kinds = Set.of("metadata");
            }
            String base = ctx.queryParam("baseURI");
            if (base == null || base.isBlank()) {
                base = ctx.scheme() + "://" + ctx.host();
            }
            base = base.replaceAll("/+$", "");
            String api = Params.bool(ctx, "noauth-url", false) ? "/APInoauth" : "/API";
            List<String> fields = p.isEmpty() ? Params.list(ctx, "field") : p;
            return new Content(
                    kinds, FieldSelection.of(fields), Params.list(ctx, "tag"), base + api);
        }

        boolean has(String kind) {
            return kinds.contains(kind);
        }
    }

    ItemDocument item(long id, Content c, boolean searchHit) {
        return item(id, c, searchHit, null);
    }

    /** The hits of a search page, their metadata read in one query when it is asked for. */
    List<ItemDocument> hits(List<Long> ids, Content c) {
        Map<Long, List<MetadataValue>> metadata =
                c.has("metadata") ? services.metadata().values(ids) : Map.of();
        List<ItemDocument> out = new ArrayList<>();
        for (long id : ids) {
            out.add(item(id, c, true, metadata.getOrDefault(id, List.of())));
        }
        return out;
    }

    private ItemDocument item(long id, Content c, boolean searchHit, List<MetadataValue> values) {
        String start = searchHit ? "-INF" : null;
        String end = searchHit ? "+INF" : null;
        if (c.kinds().isEmpty()) {
            return new ItemDocument(
                    SiteIds.format(id),
                    start,
                    end,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        MetadataDocument metadata =
                c.has("metadata")
                        ? MetadataViews.document(
                                values != null ? values : services.metadata().values(id),
                                c.fields())
                        : null;
        List<ShapeRow> shapes =
                c.has("shape") || c.has("uri") ? services.shapes().shapes(id) : List.of();
        return new ItemDocument(
                SiteIds.format(id),
                start,
                end,
                null,
                metadata,
                c.has("thumbnail") ? images(id, "thumbnail", c) : null,
                c.has("poster") ? images(id, "poster", c) : null,
                c.has("uri") ? files(shapes, c.tags()) : null,
                c.has("shape") ? shapeDocs(shapes) : null,
                null,
                null,
                null,
                null);
    }

    private URIListDocument images(long id, String kind, Content c) {
        List<String> uris = new ArrayList<>();
        for (String[] t : services.shapes().thumbnails(id, kind)) {
            uris.add(
                    c.baseUrl()
                            + "/"
                            + kind
                            + "/"
                            + THUMBNAIL_SERVICE
                            + "/"
                            + SiteIds.format(id)
                            + "/"
                            + t[0]);
        }
        return new URIListDocument(uris);
    }

    private static URIListDocument files(List<ShapeRow> shapes, List<String> tags) {
        List<String> uris = new ArrayList<>();
        for (ShapeRow s : shapes) {
            if (s.path() != null
                    && (tags.isEmpty() || s.tags().stream().anyMatch(tags::contains))) {
                uris.add(Path.of(s.path()).toUri().toString());
            }
        }
        return new URIListDocument(uris);
    }

    static List<ShapeDocument> shapeDocs(List<ShapeRow> shapes) {
        List<ShapeDocument> out = new ArrayList<>();
        for (ShapeRow s : shapes) {
            out.add(shapeDoc(s));
        }
        return out;
    }

    static ShapeDocument shapeDoc(ShapeRow s) {
        List<ShapeDocument.FileDocument> files = new ArrayList<>();
        if (s.path() != null) {
            files.add(
                    new ShapeDocument.FileDocument(
                            SiteIds.format(s.id()),
                            Path.of(s.path()).getFileName().toString(),
                            List.of(Path.of(s.path()).toUri().toString()),
                            "CLOSED",
                            s.size(),
                            null,
                            s.storageId() == null ? null : SiteIds.format(s.storageId())));
        }
        ShapeDocument.Component container =
                new ShapeDocument.Component(
                        s.siteId() + "-c", files, s.container(), null, duration(s), null, null);
        List<ShapeDocument.Component> video = new ArrayList<>();
        if (s.width() != null) {
            video.add(
                    new ShapeDocument.Component(
                            s.siteId() + "-v",
                            null,
                            null,
                            null,
                            duration(s),
                            new ShapeDocument.Resolution(s.width(), s.height()),
                            null));
        }
        List<ShapeDocument.Component> audio = new ArrayList<>();
        if (s.audioChannels() > 0) {
            audio.add(
                    new ShapeDocument.Component(
                            s.siteId() + "-a",
                            null,
                            null,
                            null,
                            duration(s),
                            null,
                            s.audioChannels()));
        }
        return new ShapeDocument(
                s.siteId(),
                0,
                s.tags(),
                List.of(s.mimeType()),
                s.created().atOffset(ZoneOffset.UTC),
                container,
                audio,
                video);
    }

    private static org.seqdesk.api.doc.TimeCodeDocument duration(ShapeRow s) {
        if (s.duration() == null) {
            return null;
        }
        TimeCode d = TimeCode.parse(s.duration());
        return d.isInfinite() ? null : org.seqdesk.api.doc.TimeCodeDocument.of(d);
    }
}

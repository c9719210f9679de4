package org.seqdesk.sandbox.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.api.doc.ItemListDocument;
import org.seqdesk.api.doc.MetadataDocument;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.auth.Roles;
import org.seqdesk.sandbox.store.ItemPage;
import org.seqdesk.sandbox.store.ItemQuery;
import org.seqdesk.sandbox.store.ItemRow;
import org.seqdesk.sandbox.store.MetadataStore;
import org.seqdesk.sandbox.store.MetadataValue;
import org.seqdesk.sandbox.store.ShapeRow;
import org.seqdesk.sandbox.store.SiteIds;

/** Items: list and search, one item, metadata, shapes. */
final class ItemRoutes {
    static final int MAX_PAGE = 1000;

    private final Services services;
    private final ItemViews views;

    ItemRoutes(Services services) {
        this.services = services;
        this.views = new ItemViews(services);
    }

    void register(Javalin app) {
        app.get("/API/item", this::searchByQuery);
        app.put("/API/item", this::searchByDocument);
        app.get("/API/item/{id}", this::item);
        app.get("/API/item/{id}/metadata", this::metadata);
        app.put("/API/item/{id}/metadata", this::putMetadata);
        app.get("/API/item/{id}/shape", this::shapes);
        app.get("/API/item/{id}/shape/{shape}", this::shape);
        app.post("/API/import/placeholder", this::placeholder);
    }

    /** The item number of the path's {@code id}; a 404 when there is no such item. */
    static long existingItem(Context ctx, Services services) {
        long id = Params.id(ctx, "id", "Item");
        if (!services.items().exists(id)) {
            throw ApiException.notFound("Item", ctx.pathParam("id"));
        }
        return id;
    }

    private void searchByDocument(Context ctx) {
        Access.require(ctx, Roles.ITEM_SEARCH);
        byte[] body = ctx.bodyAsBytes();
        ItemSearchReader.Search search =
                body.length == 0
                        ? new ItemSearchReader.Search(List.of(), List.of(), List.of())
                        : ItemSearchReader.read(body, ctx.contentType());
        search(ctx, search);
    }

    /** {@code GET /item}: all items, or the ItemSearchDocument (XML or JSON) given as {@code q}. */
    private void searchByQuery(Context ctx) {
        Access.require(ctx, Roles.ITEM_SEARCH);
        String q = ctx.queryParam("q");
        ItemSearchReader.Search search =
                q == null || q.isBlank()
                        ? new ItemSearchReader.Search(List.of(), List.of(), List.of())
                        : ItemSearchReader.read(q.strip().getBytes(StandardCharsets.UTF_8), null);
        search(ctx, search);
    }

    private void search(Context ctx, ItemSearchReader.Search search) {
        int first = Params.integer(ctx, "first", 1, 1, Integer.MAX_VALUE);
        int number = Params.integer(ctx, "number", 100, 0, MAX_PAGE);
        String cursor = ctx.queryParam("cursor");
        Long after = cursor == null || cursor.isBlank() ? null : cursorPosition(cursor);
        if (after != null && !search.sort().isEmpty()) {
            throw ApiException.invalidInput(
                    "cursor", "A cursor walks items in id order; leave out the sort", cursor);
        }
        ItemViews.Content content = ItemViews.Content.of(ctx);
        ItemPage page =
                services.items()
                        .search(
                                new ItemQuery(
                                        search.words(),
                                        Map.of(),
                                        first,
                                        number,
                                        after,
                                        search.criteria(),
                                        search.sort()));
        List<Long> numbers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ItemRow row : page.items()) {
            numbers.add(row.id());
            ids.add(row.siteId());
        }
        List<ItemDocument> hits = views.hits(numbers, content);
        String next = null;
        if (after != null) {
            long last =
                    page.items().isEmpty() ? after : page.items().get(page.items().size() - 1).id();
            next = "c" + last;
        }
        Long hitCount = Params.bool(ctx, "count", true) ? page.hits() : null;
        Responses.send(ctx, new ItemListDocument(hitCount, null, hits, next), Responses.lines(ids));
    }

    private static Long cursorPosition(String cursor) {
        if (cursor.equals("*")) {
            return 0L;
        }
        if (cursor.matches("c\\d{1,18}")) {
            return Long.parseLong(cursor.substring(1));
        }
        throw ApiException.invalidInput("cursor", "Not a cursor this server handed out", cursor);
    }

    private void item(Context ctx) {
        Access.require(ctx, Roles.ITEM_READ);
        long id = existingItem(ctx, services);
        Responses.send(ctx, views.item(id, ItemViews.Content.of(ctx), false), SiteIds.format(id));
    }

    private void metadata(Context ctx) {
        Access.require(ctx, Roles.METADATA_READ);
        long id = existingItem(ctx, services);
        Responses.send(
                ctx,
                MetadataViews.document(
                        services.metadata().values(id),
                        FieldSelection.of(Params.list(ctx, "field"))));
    }

    private void putMetadata(Context ctx) {
        String user = Access.require(ctx, Roles.METADATA_WRITE).name();
        long id = existingItem(ctx, services);
        MetadataDocument doc = Bodies.read(ctx, MetadataDocument.class, "MetadataDocument");
        List<MetadataValue> values = MetadataViews.values(doc);
        for (MetadataValue v : values) {
            if (v.field().startsWith("__")) {
                throw ApiException.invalidInput(
                        "metadata-field", "System fields are read-only", v.field());
            }
        }
        services.db().execute(c -> services.metadata().replace(c, id, values, user));
        Responses.send(
                ctx, MetadataViews.document(services.metadata().values(id), FieldSelection.ALL));
    }

    /**
     * {@code POST /import/placeholder}: a new item holding the body's metadata (a title at least is
     * usual) and no media yet; answers its ItemDocument. The component counts are checked but make
     * no shape: a sandbox placeholder has no essence to wait for.
     */
    private void placeholder(Context ctx) {
        String user = Access.require(ctx, Roles.IMPORT).name();
        for (String count : List.of("container", "video", "audio")) {
            Params.integer(ctx, count, 0, 0, 64);
        }
        List<MetadataValue> values =
                ctx.bodyAsBytes().length == 0
                        ? List.of()
                        : MetadataViews.values(
                                Bodies.read(ctx, MetadataDocument.class, "MetadataDocument"));
        for (MetadataValue v : values) {
            if (v.field().startsWith("__")) {
                throw ApiException.invalidInput(
                        "metadata-field", "System fields are read-only", v.field());
            }
        }
        String title =
                values.stream()
                        .filter(v -> MetadataStore.TITLE.equals(v.field()))
                        .map(MetadataValue::value)
                        .findFirst()
                        .orElse("");
        ItemRow row =
                services.db()
                        .inTransaction(
                                c -> {
                                    ItemRow r = services.items().create(c, title, user);
                                    services.metadata().replace(c, r.id(), values, user);
                                    return r;
                                });
        Responses.send(ctx, views.item(row.id(), ItemViews.Content.of(ctx), false), row.siteId());
    }

    private void shapes(Context ctx) {
        Access.require(ctx, Roles.ITEM_READ);
        long id = existingItem(ctx, services);
        List<String> tags = Params.list(ctx, "tag");
        List<String> ids = new ArrayList<>();
        for (ShapeRow s : services.shapes().shapes(id)) {
            if (tags.isEmpty() || s.tags().stream().anyMatch(tags::contains)) {
                ids.add(s.siteId());
            }
        }
        Responses.sendUris(ctx, ids);
    }

    private void shape(Context ctx) {
        Access.require(ctx, Roles.ITEM_READ);
        long id = existingItem(ctx, services);
        String shapeId = ctx.pathParam("shape");
        ShapeRow shape =
                services.shapes().shapes(id).stream()
                        .filter(s -> s.siteId().equals(shapeId))
                        .findFirst()
                        .orElseThrow(() -> ApiException.notFound("shape", shapeId));
        Responses.send(ctx, ItemViews.shapeDoc(shape));
    }
}

package org.seqdesk.sandbox.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.api.doc.SequenceListDocument;
import org.seqdesk.api.doc.SequenceRenderRequestDocument;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.auth.Roles;
import org.seqdesk.sandbox.jobs.RenderRequest;
import org.seqdesk.sandbox.store.MetadataValue;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.sandbox.store.StoredSequence;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.seqdesk.timeline.SequenceWriter;
import org.seqdesk.timeline.VidispineFormat;

/** The sequence endpoints except export: list, get, put, delete, render, conform-metadata. */
final class SequenceRoutes {
    private static final java.util.regex.Pattern FORMAT =
            java.util.regex.Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");

    private final Services services;
    private final SequenceModels models;
    private final RenderSubmitter renders;

    SequenceRoutes(Services services) {
        this.services = services;
        this.models = new SequenceModels(services);
        this.renders = new RenderSubmitter(services);
    }

    void register(Javalin app) {
        app.get("/API/item/{id}/sequence", this::list);
        app.post("/API/item/{id}/sequence/render", this::renderItem);
        app.post("/API/item/{id}/sequence/conform-metadata", this::conformMetadata);
        app.get("/API/item/{id}/sequence/{format}", this::get);
        app.put("/API/item/{id}/sequence/{format}", this::put);
        app.delete("/API/item/{id}/sequence/{format}", this::delete);
        app.post("/API/sequence/render", this::renderStandalone);
    }

    private void list(Context ctx) {
        Access.require(ctx, Roles.SEQUENCE_READ);
        long id = ItemRoutes.existingItem(ctx, services);
        List<SequenceListDocument.Entry> entries = new ArrayList<>();
        for (StoredSequence s : services.sequences().list(id)) {
            entries.add(new SequenceListDocument.Entry(s.siteId(), s.format()));
        }
        Responses.send(ctx, new SequenceListDocument(entries));
    }

    private static String format(Context ctx) {
        String f = ctx.pathParam("format");
        if (!FORMAT.matcher(f).matches()) {
            throw ApiException.invalidInput("format", "Not a sequence format name", f);
        }
        return f;
    }

    private void get(Context ctx) {
        Access.require(ctx, Roles.SEQUENCE_READ);
        long id = ItemRoutes.existingItem(ctx, services);
        String format = format(ctx);
        Optional<StoredSequence> stored = services.sequences().find(id, format);
        boolean json =
                "application/json".equalsIgnoreCase(String.valueOf(ctx.header("Accept")).strip());
        if (stored.isPresent() && format.equals(SequenceFormat.VIDISPINE.id()) && json) {
            Sequence s =
                    VidispineFormat.read(stored.get().content(), format).sequence().orElseThrow();
            ctx.contentType("application/json").result(VidispineFormat.writeJson(s).content());
            return;
        }
        if (stored.isPresent()) {
            ctx.contentType(stored.get().contentType()).result(stored.get().content());
            return;
        }
        // Not stored in this format: written from the stored sequence when the format is writable.
        Optional<SequenceWriter> writer =
                SequenceFormat.byId(format).flatMap(SequenceFormats::writer);
        Optional<Sequence> model = models.load(id);
        if (writer.isEmpty() || model.isEmpty()) {
            throw ApiException.notFound("sequence", format);
        }
        String type = SequenceFormat.byId(format).orElseThrow().mediaType();
        ctx.contentType(type).result(writer.get().write(model.get()).content());
    }

    private void put(Context ctx) {
        Access.require(ctx, Roles.SEQUENCE_WRITE);
        long id = ItemRoutes.existingItem(ctx, services);
        String format = format(ctx);
        String pause = ctx.queryParam("pauseFrame");
        Long pauseFrame =
                pause == null || pause.isBlank()
                        ? null
                        : (long) Params.integer(ctx, "pauseFrame", 0, 0, Integer.MAX_VALUE);
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.invalidInput("sequence", "A sequence body is required", "");
        }
        Optional<SequenceModels.Parsed> parsed =
                SequenceModels.parseUpload(format, body, ctx.contentType());
        byte[] content = parsed.map(SequenceModels.Parsed::stored).orElse(body);
        String type =
                parsed.map(SequenceModels.Parsed::contentType)
                        .orElse(
                                ctx.contentType() == null
                                        ? "application/octet-stream"
                                        : ctx.contentType());
        StoredSequence s = services.sequences().put(id, format, content, type);
        services.sequences().setPauseFrame(id, pauseFrame);
        Responses.send(ctx, ItemDocument.ofId(s.siteId()));
    }

    private void delete(Context ctx) {
        Access.require(ctx, Roles.SEQUENCE_WRITE);
        long id = ItemRoutes.existingItem(ctx, services);
        String format = format(ctx);
        if (!services.sequences().delete(id, format)) {
            throw ApiException.notFound("sequence", format);
        }
        ctx.status(200);
    }

    private void renderItem(Context ctx) {
        String user = Access.require(ctx, Roles.RENDER).name();
        long id = ItemRoutes.existingItem(ctx, services);
        if (models.load(id).isEmpty()) {
            throw ApiException.notFound("sequence", SiteIds.format(id));
        }
        RenderRequest request = renders.request(ctx, SiteIds.format(id), null, Map.of());
        Responses.send(ctx, renders.submit(ctx, request, user));
    }

    private void renderStandalone(Context ctx) {
        String user = Access.require(ctx, Roles.RENDER).name();
        SequenceRenderRequestDocument doc =
                Bodies.read(
                        ctx, SequenceRenderRequestDocument.class, "SequenceRenderRequestDocument");
        if (doc.sequence() == null) {
            throw ApiException.invalidInput("sequence", "The render request has no sequence", null);
        }
        Sequence sequence = SequenceModels.fromDocument(doc.sequence(), "sequence");
        Map<String, String> metadata = new LinkedHashMap<>();
        if (doc.metadata() != null) {
            for (MetadataValue v : MetadataViews.values(doc.metadata())) {
                metadata.put(v.field(), v.value());
            }
        }
        String xml = VidispineFormat.writeXml(sequence).text();
        RenderRequest request = renders.request(ctx, null, xml, metadata);
        Responses.send(ctx, renders.submit(ctx, request, user));
    }

    private void conformMetadata(Context ctx) {
        String user = Access.require(ctx, Roles.METADATA_WRITE).name();
        long id = ItemRoutes.existingItem(ctx, services);
        Sequence sequence =
                models.load(id)
                        .orElseThrow(() -> ApiException.notFound("sequence", SiteIds.format(id)));
        List<MetadataValue> conformed = new MetadataConformer(services).conform(sequence);
        services.db().execute(c -> services.metadata().replace(c, id, conformed, user));
        ctx.status(200);
    }
}

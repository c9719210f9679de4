package org.seqdesk.sandbox.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.ExportRequestDocument;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.auth.Roles;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.sandbox.store.StorageRow;
import org.seqdesk.timeline.Sequence;

/** The three export endpoints: item POST and GET, standalone POST. */
final class ExportRoutes {
    private final Services services;
    private final SequenceModels models;
    private final SequenceExporter exporter;

    ExportRoutes(Services services) {
        this.services = services;
        this.models = new SequenceModels(services);
        this.exporter = new SequenceExporter(services);
    }

    void register(Javalin app) {
        app.get("/API/item/{id}/sequence/export", this::getItemExport);
        app.post("/API/item/{id}/sequence/export", this::postItemExport);
        app.post("/API/sequence/export", this::postStandaloneExport);
    }

    private Sequence itemSequence(Context ctx) {
        long id = ItemRoutes.existingItem(ctx, services);
        return models.load(id)
                .orElseThrow(() -> ApiException.notFound("sequence", SiteIds.format(id)));
    }

    private void getItemExport(Context ctx) {
        Access.require(ctx, Roles.EXPORT);
        Sequence sequence = itemSequence(ctx);
        SequenceExporter.Result r = exporter.export(sequence, plan(ctx, null));
        if (Params.bool(ctx, "dryRun", false)) {
            Responses.send(ctx, r.response());
            return;
        }
        byte[] content =
                r.content()
                        .orElseThrow(
                                () ->
                                        ApiException.invalidInput(
                                                "type",
                                                r.response().problems().get(0).message(),
                                                ctx.queryParam("type")));
        ctx.contentType(r.format().mediaType()).result(content);
    }

    private void postItemExport(Context ctx) {
        Access.require(ctx, Roles.EXPORT);
        Sequence sequence = itemSequence(ctx);
        ExportRequestDocument body =
                ctx.bodyAsBytes().length == 0
                        ? null
                        : Bodies.read(ctx, ExportRequestDocument.class, "ExportRequestDocument");
        respond(ctx, sequence, plan(ctx, body));
    }

    private void postStandaloneExport(Context ctx) {
        Access.require(ctx, Roles.EXPORT);
        ExportRequestDocument body =
                Bodies.read(ctx, ExportRequestDocument.class, "ExportRequestDocument");
        if (body.sequence() == null) {
            throw ApiException.invalidInput("sequence", "The export request has no sequence", null);
        }
        respond(ctx, SequenceModels.fromDocument(body.sequence(), "sequence"), plan(ctx, body));
    }

    private void respond(Context ctx, Sequence sequence, ExportPlan plan) {
        boolean dryRun = Params.bool(ctx, "dryRun", false);
        Params.bool(ctx, "toSequence", false);
        Params.bool(ctx, "sequence", true);
        String uri = RenderSubmitter.blankToNull(ctx.queryParam("uri"));
        Path target = uri == null ? null : targetFile(uri);
        SequenceExporter.Result r = exporter.export(sequence, plan);
        String accept = String.valueOf(ctx.header("Accept"));
        if (accept.toLowerCase(java.util.Locale.ROOT).contains("multipart/mixed")) {
            multipart(ctx, r, dryRun);
            return;
        }
        if (target != null && !dryRun && r.content().isPresent()) {
            write(target, r.content().get());
        }
        Responses.send(ctx, r.response());
    }

    /** A {@code file:} URI inside one of the sandbox's storages; a 400 for anything else. */
    private Path targetFile(String uri) {
        Path path;
        try {
            URI u = new URI(uri);
            if (!"file".equalsIgnoreCase(u.getScheme()) || u.getPath() == null) {
                throw ApiException.invalidInput(
                        "uri", "Only file: URIs on a sandbox storage are supported", uri);
            }
            path = Path.of(u.getPath()).toAbsolutePath().normalize();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw ApiException.invalidInput("uri", "Not a URI", uri);
        }
        for (StorageRow s : services.shapes().storages()) {
            if (path.startsWith(s.path()) && !path.equals(s.path())) {
                return path;
            }
        }
        throw ApiException.invalidInput("uri", "The URI is not on a sandbox storage", uri);
    }

    private static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            Files.write(tmp, content);
            Files.move(
                    tmp,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void multipart(Context ctx, SequenceExporter.Result r, boolean dryRun) {
        String boundary = "sandbox-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            part(
                    out,
                    boundary,
                    "Content-Type: application/xml",
                    Documents.xml().writeValueAsBytes(r.response()));
            if (!dryRun && r.content().isPresent()) {
                part(
                        out,
                        boundary,
                        "Content-Type: "
                                + r.format().mediaType()
                                + "\r\nContent-Disposition: attachment; filename=\"sequence"
                                + r.format().extension()
                                + "\"",
                        r.content().get());
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("multipart/mixed; boundary=" + boundary).result(out.toByteArray());
    }

    private static void part(
            ByteArrayOutputStream out, String boundary, String headers, byte[] body)
            throws IOException {
        out.write(
                ("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The plan from the query parameters, with the request document's values taking part. */
    private ExportPlan plan(Context ctx, ExportRequestDocument body) {
        List<String> tags = Params.list(ctx, "tag");
        List<String> formats = Params.list(ctx, "format");
        LinkedHashSet<String> content = new LinkedHashSet<>(Params.list(ctx, "content"));
        Map<String, String> storages = pairs(Params.list(ctx, "storage"), "storage");
        Map<String, String> items = pairs(Params.list(ctx, "item"), "item");
        if (body != null) {
            if (tags.isEmpty() && body.tag() != null) {
                tags = Params.split(body.tag());
            }
            if (formats.isEmpty() && body.format() != null) {
                formats = Params.split(body.format());
            }
            content.addAll(body.contents());
            body.storages().stream()
                    .filter(s -> s.id() != null && s.path() != null)
                    .forEach(s -> storages.put(s.id(), s.path()));
            body.items().stream()
                    .filter(i -> i.id() != null && i.path() != null)
                    .forEach(i -> items.put(i.id(), i.path()));
        }
        return new ExportPlan(ctx.queryParam("type"), tags, formats, content, storages, items);
    }

    private static Map<String, String> pairs(List<String> values, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw ApiException.invalidInput(name, "Expected id=path", v);
            }
            if (SiteIds.parse(v.substring(0, eq)).isEmpty()) {
                throw ApiException.invalidInput(name, "Expected an id such as VX-1 before =", v);
            }
            out.put(v.substring(0, eq), v.substring(eq + 1));
        }
        return out;
    }
}

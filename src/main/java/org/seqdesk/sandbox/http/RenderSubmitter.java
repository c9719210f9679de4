package org.seqdesk.sandbox.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.jobs.JobRow;
import org.seqdesk.sandbox.jobs.RenderRequest;
import org.seqdesk.sandbox.jobs.RenderWorker;
import org.seqdesk.sandbox.store.ShapeTagPreset;
import org.seqdesk.sandbox.store.SiteIds;

/** Checks the parameters of the two render endpoints and submits CONFORM jobs. */
final class RenderSubmitter {
    private final Services services;

    RenderSubmitter(Services services) {
        this.services = services;
    }

    /** The render request of {@code ctx}'s parameters; a 4xx for anything unusable. */
    RenderRequest request(
            Context ctx, String sequenceItem, String sequenceXml, Map<String, String> metadata) {
        String language =
                sequenceItem == null
                        ? null
                        : MetadataViews.language(
                                ctx.queryParam("subtitleLanguage"), "subtitleLanguage");
        List<String> tags = Params.list(ctx, "tag");
        if (tags.isEmpty()) {
            throw ApiException.invalidInput("tag", "At least one shape tag is required", null);
        }
        for (String tag : tags) {
            ShapeTagPreset preset =
                    services.shapes()
                            .preset(tag)
                            .orElseThrow(() -> ApiException.notFound("shape-tag", tag));
            if (!preset.renderProblem().isEmpty()) {
                throw ApiException.invalidInput("tag", preset.renderProblem(), tag);
            }
        }
        String original = blankToNull(ctx.queryParam("original"));
        if (original != null && !tags.contains(original)) {
            throw ApiException.invalidInput(
                    "original", "original must be one of the tags", original);
        }
        String destination = blankToNull(ctx.queryParam("destinationItem"));
        if (destination != null) {
            long dest = SiteIds.parse(destination).orElse(-1);
            if (dest < 0 || !services.items().exists(dest)) {
                throw ApiException.notFound("Item", destination);
            }
        }
        return new RenderRequest(
                sequenceItem,
                sequenceXml,
                tags,
                Params.list(ctx, "sourceTag"),
                original,
                destination,
                metadata,
                language);
    }

    JobRow submitRow(Context ctx, RenderRequest request, String user) {
        JobPriority priority = JobRoutes.priority(ctx, "priority", JobPriority.MEDIUM);
        Map<String, String> data = JobRoutes.jobMetadata(ctx);
        String target =
                request.destinationItem() != null
                        ? request.destinationItem()
                        : request.sequenceItem();
        if (target != null) {
            data.put("item", target);
            data.put("itemId", target);
        }
        NotificationRoutes.addToJobData(ctx, services, data);
        String resource = blankToNull(ctx.queryParam("resourceId"));
        if (resource != null) {
            data.put("resourceId", resource);
        }
        return services.jobs()
                .submit(
                        RenderWorker.TYPE,
                        priority,
                        user,
                        RenderWorker.TOTAL_STEPS,
                        request.toJson(),
                        new LinkedHashMap<>(data));
    }

    Object submit(Context ctx, RenderRequest request, String user) {
        return JobViews.document(submitRow(ctx, request, user), false);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

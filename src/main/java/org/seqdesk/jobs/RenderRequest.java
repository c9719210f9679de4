package org.seqdesk.jobs;

import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.JobPriority;

/**
 * Everything the user chose in the render dialog. Optional text fields are null when empty.
 *
 * @param tags the output shape tags, at least one
 * @param sourceTags shape tags choosing the source shapes; empty for the server's default
 * @param original the output tag whose shape becomes the item's original, or null
 * @param subtitleLanguage subtitle language to burn in (item renders only), or null
 * @param jobMetadata extra job metadata the user typed; the render's own keys take precedence
 */
public record RenderRequest(
        RenderSource source,
        List<String> tags,
        List<String> sourceTags,
        JobPriority priority,
        String resourceId,
        String destinationItem,
        String original,
        String subtitleLanguage,
        String notification,
        String notificationData,
        Map<String, String> jobMetadata) {

    public RenderRequest {
        tags = List.copyOf(tags);
        sourceTags = List.copyOf(sourceTags);
        priority = priority == null ? JobPriority.MEDIUM : priority;
        jobMetadata = Map.copyOf(jobMetadata);
    }
}

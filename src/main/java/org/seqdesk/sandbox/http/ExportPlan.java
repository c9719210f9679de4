package org.seqdesk.sandbox.http;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an export is asked to do.
 *
 * @param type the output format id ({@code finalcut}, {@code finalcut-x}, {@code vidispine}, {@code
 *     edl}, {@code otio}; {@code aaf} is refused with a problem)
 * @param tags shape tags, any of which selects a source shape; empty for the original
 * @param formats shape container formats a selected shape must also have; empty for any
 * @param content what to include: {@code *} or any of {@link #CONTENT_KINDS}
 * @param storagePaths storage id to the path clients see it under
 * @param itemPaths item id to the path written for its media
 */
record ExportPlan(
        String type,
        List<String> tags,
        List<String> formats,
        Set<String> content,
        Map<String, String> storagePaths,
        Map<String, String> itemPaths) {
    static final Set<String> CONTENT_KINDS =
            Set.of("*", "sequence", "media", "markers", "metadata", "effects", "transitions");

    ExportPlan {
        tags = List.copyOf(tags);
        formats = List.copyOf(formats);
        content = content.isEmpty() ? Set.of("*") : Set.copyOf(content);
        storagePaths = Map.copyOf(storagePaths);
        itemPaths = Map.copyOf(itemPaths);
        for (String c : content) {
            if (!CONTENT_KINDS.contains(c)) {
                throw ApiException.invalidInput("content", "Unknown content kind", c);
            }
        }
    }

    boolean includes(String kind) {
        return content.contains("*") || content.contains(kind);
    }
}

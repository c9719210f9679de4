package org.seqdesk.sandbox.store;

import java.time.Instant;
import java.util.List;

/**
 * A shape: one media file of an item, with the tags that name its kind.
 *
 * @param rate the video time base in VidiCore's text form ({@code 25}, {@code 30000:1001}), or null
 *     for audio-only media
 * @param duration the length as a time code text ({@code 250@25}), or null when unknown
 * @param audioChannels total channels across all audio streams
 */
public record ShapeRow(
        long id,
        long itemId,
        List<String> tags,
        String container,
        String mimeType,
        Long storageId,
        String path,
        long size,
        String rate,
        String duration,
        Integer width,
        Integer height,
        int audioChannels,
        Instant created) {
    public ShapeRow {
        tags = List.copyOf(tags);
    }

    public String siteId() {
        return SiteIds.format(id);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}

package org.seqdesk.sandbox.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * What a CONFORM job renders, kept as the job's request so that a re-run repeats it.
 *
 * @param sequenceItem the item whose stored sequence is rendered, or null for a standalone render
 * @param sequenceXml a standalone sequence as a SequenceDocument, or null
 * @param tags the shape tags to produce, each one shape
 * @param sourceTags shape tags that choose the source shapes; empty for the original
 * @param original the tag whose shape becomes the item's {@code original}, or null
 * @param destinationItem the item that receives the shapes; null for the sequence item or, when
 *     standalone, a new item
 * @param metadata generic fields for a new item
 * @param subtitleLanguage the language whose subtitle metadata on the sequence item is burnt in, or
 *     null
 */
public record RenderRequest(
        String sequenceItem,
        String sequenceXml,
        List<String> tags,
        List<String> sourceTags,
        String original,
        String destinationItem,
        Map<String, String> metadata,
        String subtitleLanguage) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public RenderRequest {
        tags = List.copyOf(tags);
        sourceTags = List.copyOf(sourceTags);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RenderRequest fromJson(String json) {
        try {
            return JSON.readValue(json, RenderRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

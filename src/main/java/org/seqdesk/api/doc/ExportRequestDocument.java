package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * The body of the export POSTs: which shapes to reference ({@code tag}, {@code format}, both CSV),
 * which content to include, path mappings per storage and per item, and for {@code POST
 * /sequence/export} the sequence itself.
 */
@JacksonXmlRootElement(localName = "ExportRequestDocument")
@JsonPropertyOrder({"tag", "format", "content", "storage", "item", "sequence"})
public record ExportRequestDocument(
        String tag,
        String format,
        @JsonProperty("content") List<String> contents,
        @JsonProperty("storage") List<StorageMapping> storages,
        @JsonProperty("item") List<ItemMapping> items,
        SequenceDocument sequence) {

    public ExportRequestDocument {
        contents = Lists.of(contents);
        storages = Lists.of(storages);
        items = Lists.of(items);
    }

    /** Files on storage {@code id} are written as seen under {@code path} on the client. */
    @JsonPropertyOrder({"id", "path"})
    public record StorageMapping(String id, String path) {}

    /** The media of item {@code id} is written as {@code path}. */
    @JsonPropertyOrder({"id", "path"})
    public record ItemMapping(String id, String path) {}
}

package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * The answer of an export: the problems found (all of them on a dry run) and how the exported
 * document's assets map to items, shapes, files and storages.
 */
@JacksonXmlRootElement(localName = "ExportResponseDocument")
@JsonPropertyOrder({"problem", "mappings"})
public record ExportResponseDocument(
        @JsonProperty("problem") List<Problem> problems, Mappings mappings) {

    public ExportResponseDocument {
        problems = Lists.of(problems);
    }

    /** One problem; {@code type} is a category such as a missing shape, {@code asset} the clip. */
    @JsonPropertyOrder({"type", "message", "asset", "parameter"})
    public record Problem(
            String type,
            String message,
            String asset,
            @JsonProperty("parameter") List<KeyValue> parameters) {

        public Problem {
            parameters = Lists.of(parameters);
        }
    }

    /** VidiCore's EssenceMappingsType. */
    @JsonPropertyOrder({"asset", "file", "storage"})
    public record Mappings(
            @JsonProperty("asset") List<AssetMapping> assets,
            @JsonProperty("file") List<FileMapping> files,
            @JsonProperty("storage") List<ExportRequestDocument.StorageMapping> storages) {

        public Mappings {
            assets = Lists.of(assets);
            files = Lists.of(files);
            storages = Lists.of(storages);
        }
    }

    /** An asset of the exported document ({@code id} as the editing tool knows it). */
    @JsonPropertyOrder({"id", "item", "shape"})
    public record AssetMapping(String id, String item, String shape) {}

    /** A file referenced by the exported document. */
    @JsonPropertyOrder({"id", "path", "hash", "size", "timestamp"})
    public record FileMapping(String id, String path, String hash, Long size, String timestamp) {}
}

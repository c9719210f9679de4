package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;
import java.util.Optional;

/**
 * An item, with whatever content was asked for ({@code content=metadata,thumbnail,shape,…});
 * without content the server sends only the id. Also the answer of a sequence PUT.
 */
@JacksonXmlRootElement(localName = "ItemDocument")
@JsonPropertyOrder({
    "id",
    "start",
    "end",
    "base",
    "metadata",
    "thumbnails",
    "posters",
    "files",
    "shape",
    "merged-access",
    "access",
    "timespan",
    "externalId"
})
public record ItemDocument(
        @JacksonXmlProperty(isAttribute = true) String id,
        @JacksonXmlProperty(isAttribute = true) String start,
        @JacksonXmlProperty(isAttribute = true) String end,
        @JacksonXmlProperty(isAttribute = true) String base,
        MetadataDocument metadata,
        URIListDocument thumbnails,
        URIListDocument posters,
        URIListDocument files,
        @JsonProperty("shape") List<ShapeDocument> shapes,
        @JsonProperty("merged-access") Access mergedAccess,
        @JsonProperty("access") List<Access> access,
        @JsonProperty("timespan") List<MetadataDocument.Timespan> timespans,
        @JsonProperty("externalId") List<String> externalIds) {

    public ItemDocument {
        shapes = Lists.of(shapes);
        access = Lists.of(access);
        timespans = Lists.of(timespans);
        externalIds = Lists.of(externalIds);
    }

    /** Just an id, as the server answers without {@code content}. */
    public static ItemDocument ofId(String id) {
        return new ItemDocument(
                id, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The first value of a metadata field, looking in the metadata and then the time spans. */
    public Optional<String> metadataValue(String field) {
        Optional<String> v = metadata == null ? Optional.empty() : metadata.firstValue(field);
        for (MetadataDocument.Timespan span : timespans) {
            if (v.isPresent()) {
                break;
            }
            v = MetadataDocument.Field.firstValue(span.fields(), span.groups(), field);
        }
        return v;
    }

    public List<String> thumbnailUris() {
        return thumbnails == null ? List.of() : thumbnails.uris();
    }

    public List<String> posterUris() {
        return posters == null ? List.of() : posters.uris();
    }

    /** An access right: a type such as {@code USER} or {@code GROUP} and a permission. */
    @JsonPropertyOrder({"type", "permission"})
    public record Access(String type, String permission) {}
}

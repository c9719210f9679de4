package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A shape: one rendition of an item (original, proxy, a render result), with its tags and the
 * components that hold its files. Only the members SeqDesk shows are modelled.
 */
@JacksonXmlRootElement(localName = "ShapeDocument")
@JsonPropertyOrder({
    "id",
    "essenceVersion",
    "tag",
    "mimeType",
    "created",
    "containerComponent",
    "audioComponent",
    "videoComponent"
})
public record ShapeDocument(
        String id,
        Integer essenceVersion,
        @JsonProperty("tag") List<String> tags,
        @JsonProperty("mimeType") List<String> mimeTypes,
        OffsetDateTime created,
        Component containerComponent,
        @JsonProperty("audioComponent") List<Component> audioComponents,
        @JsonProperty("videoComponent") List<Component> videoComponents) {

    public ShapeDocument {
        tags = Lists.of(tags);
        mimeTypes = Lists.of(mimeTypes);
        audioComponents = Lists.of(audioComponents);
        videoComponents = Lists.of(videoComponents);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** A container, video or audio component of a shape. */
    @JsonPropertyOrder({"id", "file", "format", "codec", "duration", "resolution", "channelCount"})
    public record Component(
            String id,
            @JsonProperty("file") List<FileDocument> files,
            String format,
            String codec,
            TimeCodeDocument duration,
            Resolution resolution,
            Integer channelCount) {

        public Component {
            files = Lists.of(files);
        }
    }

    /** A picture size in pixels. */
    @JsonPropertyOrder({"width", "height"})
    public record Resolution(Integer width, Integer height) {}

    /** A file of a component on a storage. */
    @JsonPropertyOrder({"id", "path", "uri", "state", "size", "hash", "storage"})
    public record FileDocument(
            String id,
            String path,
            @JsonProperty("uri") List<String> uris,
            String state,
            Long size,
            String hash,
            String storage) {

        public FileDocument {
            uris = Lists.of(uris);
        }
    }
}

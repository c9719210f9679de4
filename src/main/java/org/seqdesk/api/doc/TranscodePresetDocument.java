package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * What a shape tag produces. A render needs at least a container {@code format}, a video codec and
 * bitrate, and an audio codec (with a bitrate unless it is PCM).
 */
@JacksonXmlRootElement(localName = "TranscodePresetDocument")
@JsonPropertyOrder({"name", "description", "format", "audio", "video"})
public record TranscodePresetDocument(
        String name, String description, String format, Audio audio, Video video) {

    /** The video settings; {@code bitrate} in bits per second. */
    @JsonPropertyOrder({"codec", "bitrate", "framerate", "scaling"})
    public record Video(String codec, Long bitrate, TimeBaseDocument framerate, Scaling scaling) {}

    /** The picture size to scale to. */
    @JsonPropertyOrder({"width", "height"})
    public record Scaling(Integer width, Integer height) {}

    /** The audio settings; {@code bitrate} in bits per second. */
    @JsonPropertyOrder({"codec", "bitrate"})
    public record Audio(String codec, Long bitrate) {}
}

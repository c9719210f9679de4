package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** A storage and its access methods; capacities in bytes. */
@JacksonXmlRootElement(localName = "StorageDocument")
@JsonPropertyOrder({"id", "state", "type", "capacity", "freeCapacity", "method"})
public record StorageDocument(
        String id,
        String state,
        String type,
        Long capacity,
        Long freeCapacity,
        @JsonProperty("method") List<Method> methods) {

    public StorageDocument {
        methods = Lists.of(methods);
    }

    /** One way to reach the storage's files, e.g. {@code file:///srv/media/}. */
    @JsonPropertyOrder({"id", "uri", "read", "write", "browse", "type"})
    public record Method(
            String id, String uri, Boolean read, Boolean write, Boolean browse, String type) {}
}

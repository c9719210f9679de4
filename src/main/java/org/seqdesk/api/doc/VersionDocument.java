package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;
import java.util.Optional;

/** The server's components and their versions, e.g. the API build {@code 4.17.9-g…}. */
@JacksonXmlRootElement(localName = "VersionDocument")
public record VersionDocument(@JsonProperty("component") List<Component> components) {

    public VersionDocument {
        components = Lists.of(components);
    }

    /** The version of the first component whose name contains {@code name}, ignoring case. */
    public Optional<String> versionOf(String name) {
        String wanted = name.toLowerCase(java.util.Locale.ROOT);
        return components.stream()
                .filter(c -> c.name() != null)
                .filter(c -> c.name().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .map(Component::version)
                .findFirst();
    }

    /** One component. */
    @JsonPropertyOrder({"name", "version"})
    public record Component(String name, String version) {}
}

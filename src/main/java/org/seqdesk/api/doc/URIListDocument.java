package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** A list of ids, names or URLs: shape tags, shape ids, thumbnail URLs. */
@JacksonXmlRootElement(localName = "URIListDocument")
public record URIListDocument(@JsonProperty("uri") List<String> uris) {

    public URIListDocument {
        uris = Lists.of(uris);
    }
}

package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** The storages the server knows. */
@JacksonXmlRootElement(localName = "StorageListDocument")
public record StorageListDocument(@JsonProperty("storage") List<StorageDocument> storages) {

    public StorageListDocument {
        storages = Lists.of(storages);
    }
}

package org.seqdesk.sandbox.notify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;
import org.seqdesk.api.doc.KeyValue;

/** The body of a notification: the job's state and data as key/value fields. */
@JacksonXmlRootElement(localName = "SimpleMetadataDocument")
record SimpleMetadataDocument(@JsonProperty("field") List<KeyValue> fields) {
    SimpleMetadataDocument {
        fields = List.copyOf(fields);
    }
}

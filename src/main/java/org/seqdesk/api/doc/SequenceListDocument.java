package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** The sequences stored on an item, one per format ({@code type} is the format name). */
@JacksonXmlRootElement(localName = "SequenceListDocument")
public record SequenceListDocument(@JsonProperty("sequence") List<Entry> sequences) {

    public SequenceListDocument {
        sequences = Lists.of(sequences);
    }

    /** One stored sequence: its id and the format name used in the sequence paths. */
    public record Entry(String id, String type) {}
}

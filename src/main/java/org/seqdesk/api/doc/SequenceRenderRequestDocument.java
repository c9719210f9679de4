package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The body of {@code POST /sequence/render}: the sequence to render and, optionally, metadata for
 * the item the render creates.
 */
@JacksonXmlRootElement(localName = "SequenceRenderRequestDocument")
@JsonPropertyOrder({"sequence", "metadata"})
public record SequenceRenderRequestDocument(SequenceDocument sequence, MetadataDocument metadata) {}

package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.xml.JacksonXmlModule;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one Jackson configuration for VidiCore documents, for JSON and for namespaced XML.
 *
 * <p>Reading is lenient the way real servers need (unknown members ignored, single values taken as
 * one-element lists, empty strings as absent objects, several timestamp spellings); writing is
 * strict (no null members, XML elements in schema order, in the VidiCore namespace). XML that
 * declares a DOCTYPE is refused before any entity could be resolved.
 */
public final class Documents {
    /** VidiCore's XML namespace. */
    public static final String NAMESPACE = "http://xml.vidispine.com/schema/vidispine";

    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());
    private static final XmlMapper XML = newXmlMapper();

    private Documents() {}

    /** The shared JSON mapper. Thread-safe; do not reconfigure it. */
    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * The shared XML mapper. Thread-safe; do not reconfigure it. Prefer {@link #readXml} for input
     * from elsewhere: it refuses DOCTYPEs.
     */
    public static XmlMapper xml() {
        return XML;
    }

    public static <T> T readJson(byte[] content, Class<T> type) throws IOException {
        return JSON.readValue(content, type);
    }

    public static <T> T readJson(String content, Class<T> type) throws IOException {
        return JSON.readValue(content, type);
    }

    public static <T> T readXml(String content, Class<T> type) throws IOException {
        return readXml(content.getBytes(StandardCharsets.UTF_8), type);
    }

    public static <T> T readXml(byte[] content, Class<T> type) throws IOException {
        return readXml(new ByteArrayInputStream(content), type);
    }

    /**
     * Reads one document from XML; the namespace of the elements is not checked, so documents
     * without it are read too.
     *
     * @throws MalformedDocumentException when the XML is not well formed or declares a DOCTYPE
     * @throws IOException when it does not match the document, or the stream fails
     */
    public static <T> T readXml(InputStream content, Class<T> type) throws IOException {
        try {
            XMLStreamReader reader =
                    XML.getFactory().getXMLInputFactory().createXMLStreamReader(content);
            try {
                toRootElement(reader);
                return XML.readValue(reader, type);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // the stream failed (a timeout, a reset), not the document
            }
            throw new MalformedDocumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    public static String writeJson(Object document) throws IOException {
        return JSON.writeValueAsString(document);
    }

    /** The document as XML with a declaration, root element named after the document. */
    public static String writeXml(Object document) throws IOException {
        return XML.writeValueAsString(document);
    }

    private static void toRootElement(XMLStreamReader reader)
            throws XMLStreamException, MalformedDocumentException {
        while (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (reader.getEventType() == XMLStreamConstants.DTD) {
                throw new MalformedDocumentException(
                        "the XML declares a DOCTYPE, which is not accepted", null);
            }
            if (!reader.hasNext()) {
                throw new MalformedDocumentException("the XML has no root element", null);
            }
            reader.next();
        }
    }

    private static XmlMapper newXmlMapper() {
        JacksonXmlModule module = new JacksonXmlModule();
        module.setDefaultUseWrapper(false);
        module.setXMLTextElementName("value");
        XmlFactory factory = new XmlFactory();
        factory.setXMLTextElementName("value");
        XMLInputFactory input = factory.getXMLInputFactory();
        input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        input.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XmlMapper mapper = new XmlMapper(factory, module);
        mapper.setAnnotationIntrospector(new NamespacedXmlIntrospector());
        mapper.enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION);
        return configure(mapper);
    }

    private static <M extends ObjectMapper> M configure(M mapper) {
        SimpleModule time = new SimpleModule("VidiCoreTimestamps");
        time.addDeserializer(OffsetDateTime.class, new Timestamps.Deserializer());
        time.addSerializer(OffsetDateTime.class, new Timestamps.Serializer());
        mapper.registerModule(time);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
        mapper.enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        return mapper;
    }
}

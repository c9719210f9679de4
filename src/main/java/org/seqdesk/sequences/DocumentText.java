package org.seqdesk.sequences;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.seqdesk.timeline.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** A raw sequence document made readable: XML and JSON indented, anything else as it is. */
final class DocumentText {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DocumentText() {}

    static String pretty(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        String trimmed = text.stripLeading();
        try {
            if (trimmed.startsWith("<")) {
                return xml(content);
            }
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                return JSON.writeValueAsString(JSON.readTree(content));
            }
        } catch (IOException | TransformerException e) {
            // Not well formed: show it exactly as it came.
            return text;
        }
        return text;
    }

    private static String xml(byte[] content) throws IOException, TransformerException {
        Document doc = SafeXml.parse(content);
        stripWhitespace(doc.getDocumentElement());
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer t = factory.newTransformer();
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        // The JDK writes the declaration and the root element on one line; write it ourselves.
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }

    /** Drops the old indentation so the new one is even. */
    private static void stripWhitespace(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
                node.removeChild(child);
            } else {
                stripWhitespace(child);
            }
            child = next;
        }
    }
}

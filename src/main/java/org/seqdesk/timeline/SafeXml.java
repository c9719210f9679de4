package org.seqdesk.timeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from untrusted files: no DTD, no external entity, no XInclude, bounded entity
 * expansion and document size. A file that declares a DOCTYPE is refused outright, which also stops
 * billion-laughs expansions before they start.
 */
public final class SafeXml {
    /** The largest XML document SeqDesk reads. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    /** The deepest element nesting SeqDesk reads. */
    static final String MAX_DEPTH = "1000";

    private SafeXml() {}

    /** A namespace-aware builder with every external and expanding feature off. */
    public static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            limitDepth(f);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(QUIET);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
        }
    }

    /** The JDK parser's own element depth limit, where it has one; no real file nests deeper. */
    private static void limitDepth(DocumentBuilderFactory f) {
        try {
            f.setAttribute("jdk.xml.maxElementDepth", MAX_DEPTH);
        } catch (IllegalArgumentException e) {
            // another parser on the class path: the byte limit still bounds the document
        }
    }

    /**
     * Parses {@code content}.
     *
     * @throws IOException with a message fit for people when the content is too large, not XML, or
     *     uses a DOCTYPE
     */
    public static Document parse(byte[] content) throws IOException {
        if (content.length > MAX_BYTES) {
            throw new IOException("the file is larger than " + (MAX_BYTES >> 20) + " MB");
        }
        try {
            return newBuilder().parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            String why =
                    e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                            ? "the file declares a DOCTYPE, which is not accepted"
                            : e.getMessage();
            throw new IOException(
                    "not well-formed XML at line " + e.getLineNumber() + ": " + why, e);
        } catch (SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * Escapes text for an XML element body or a double-quoted attribute; characters XML 1.0 cannot
     * hold at all are left out.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        InterchangeXml.escape(out, text);
        return out.toString();
    }

    private static final ErrorHandler QUIET =
            new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            };
}

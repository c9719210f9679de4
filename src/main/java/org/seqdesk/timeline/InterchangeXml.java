package org.seqdesk.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small DOM helpers shared by the editing-file readers, and the one relaxation of {@link SafeXml}
 * they need: Final Cut Pro, Premiere and Resolve open their files with a bare {@code <!DOCTYPE
 * xmeml>} or {@code <!DOCTYPE fcpxml>}. Such a line names the root and nothing else; it is blanked
 * before parsing. Any DOCTYPE with an internal subset or an external identifier is still refused.
 */
final class InterchangeXml {
    private static final Pattern BARE_DOCTYPE =
            Pattern.compile("<!DOCTYPE\\s+[A-Za-z_][\\w.-]*\\s*>");
    private static final int PROLOG_SCAN = 4096;

    private InterchangeXml() {}

    /** Parses editing-file XML safely; see the class comment for the DOCTYPE rule. */
    static Document parse(byte[] content) throws IOException {
        if (content.length == 0) {
            throw new IOException("the file is empty");
        }
        return SafeXml.parse(blankBareDoctype(content));
    }

    private static byte[] blankBareDoctype(byte[] content) {
        int scan = Math.min(content.length, PROLOG_SCAN);
        String head = new String(content, 0, scan, StandardCharsets.ISO_8859_1);
        int firstElement = firstElementStart(head);
        Matcher m = BARE_DOCTYPE.matcher(head);
        if (!m.find() || (firstElement >= 0 && m.start() > firstElement)) {
            return content;
        }
        byte[] copy = content.clone();
        for (int i = m.start(); i < m.end(); i++) {
            copy[i] = ' ';
        }
        return copy;
    }

    private static int firstElementStart(String head) {
        for (int i = head.indexOf('<'); i >= 0; i = head.indexOf('<', i + 1)) {
            if (i + 1 < head.length() && Character.isLetter(head.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The first child element named {@code name}, or null. */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(localName(n))) {
                return (Element) n;
            }
        }
        return null;
    }

    /** Every child element named {@code name}, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Element e : elements(parent)) {
            if (name.equals(localName(e))) {
                result.add(e);
            }
        }
        return result;
    }

    /** Every child element, in document order. */
    static List<Element> elements(Element parent) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                result.add((Element) n);
            }
        }
        return result;
    }

    /** The trimmed text of the child at {@code path} ({@code rate/timebase}), or null. */
    static String text(Element parent, String path) {
        Element e = parent;
        for (String step : path.split("/")) {
            e = child(e, step);
            if (e == null) {
                return null;
            }
        }
        return e.getTextContent().trim();
    }

    static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    /** An attribute's value, or null when absent. */
    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    /** Escapes text for an XML element body or a double-quoted attribute. */
    static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                default:
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        break; // not allowed in XML 1.0 at all
                    }
                    out.append(c);
            }
        }
    }
}

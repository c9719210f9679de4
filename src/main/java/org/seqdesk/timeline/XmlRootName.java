package org.seqdesk.timeline;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the name of an XML document's root element without parsing it: skips a byte order mark,
 * white space, processing instructions, comments and a DOCTYPE of any length.
 */
final class XmlRootName {
    private XmlRootName() {}

    /** The root element's local name (any prefix removed), if the content starts like XML. */
    static Optional<String> of(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int i = text.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (true) {
            i = skipSpace(text, i);
            if (i >= text.length() || text.charAt(i) != '<') {
                return Optional.empty();
            }
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4);
            } else if (text.startsWith("<!", i)) {
                i = afterDeclaration(text, i + 2);
            } else {
                return name(text, i + 1);
            }
            if (i < 0) {
                return Optional.empty();
            }
        }
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    /** Skips a DOCTYPE, including a bracketed internal subset and quoted literals. */
    private static int afterDeclaration(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = text.indexOf(c, i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '<' && text.startsWith("<!--", i)) {
                i = text.indexOf("-->", i + 4);
                if (i < 0) {
                    return -1;
                }
                i += 2;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static Optional<String> name(String text, int from) {
        int end = from;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        if (end == from) {
            return Optional.empty();
        }
        String qualified = text.substring(from, end);
        return Optional.of(qualified.substring(qualified.indexOf(':') + 1));
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
    }
}

package org.seqdesk.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user typed, split into free text and {@code field:value} terms, and the sort order.
 * Values may be quoted: {@code title:"Harbour at dawn"}.
 *
 * @param sortField a metadata field name, or empty for the server's order
 */
public record ItemQuery(List<String> text, List<Term> fields, String sortField, boolean ascending) {
    /** One {@code field:value} term. */
    public record Term(String field, String value) {}

    public ItemQuery {
        text = List.copyOf(text);
        fields = List.copyOf(fields);
        sortField = sortField == null ? "" : sortField;
    }

    public static ItemQuery parse(String typed) {
        return parse(typed, "", true);
    }

    public static ItemQuery parse(String typed, String sortField, boolean ascending) {
        List<String> text = new ArrayList<>();
        List<Term> fields = new ArrayList<>();
        for (String token : tokens(typed == null ? "" : typed)) {
            int colon = token.indexOf(':');
            if (colon > 0 && colon < token.length() - 1 && token.charAt(0) != '"') {
                fields.add(
                        new Term(token.substring(0, colon), unquote(token.substring(colon + 1))));
            } else {
                text.add(unquote(token));
            }
        }
        return new ItemQuery(text, fields, sortField, ascending);
    }

    public boolean isEmpty() {
        return text.isEmpty() && fields.isEmpty();
    }

    /** The free text as one string. */
    public String joinedText() {
        return String.join(" ", text);
    }

    private static List<String> tokens(String typed) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : typed.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                flush(current, tokens);
            } else {
                current.append(c);
            }
        }
        flush(current, tokens);
        return tokens;
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (current.length() > 0) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }

    private static String unquote(String s) {
        return s.replace("\"", "");
    }
}

package org.seqdesk.sandbox.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.timeline.SafeXml;

/** Reads request documents by {@code Content-Type} (sniffed when absent or vague). */
public final class Bodies {
    private Bodies() {}

    /** The body as {@code type}; a 400 {@code invalidInput} when absent or unreadable. */
    public static <T> T read(Context ctx, Class<T> type, String context) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.invalidInput(context, "A document body is required", "");
        }
        return read(body, ctx.contentType(), type, context);
    }

    public static <T> T read(byte[] body, String contentType, Class<T> type, String context) {
        MediaKind kind = MediaKind.ofBody(contentType, body);
        if (kind == MediaKind.JSON) {
            requireKnownMembers(body, type, context);
        } else {
            requireRoot(body, type, context);
        }
        try {
            T value =
                    kind == MediaKind.JSON
                            ? Documents.readJson(body, type)
                            : Documents.readXml(body, type);
            if (value == null) {
                throw ApiException.invalidInput(context, "The document is empty", null);
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException) {
                throw (ApiException) e;
            }
            throw ApiException.invalidInput(
                    context, "The " + kind.name() + " document could not be read", null);
        }
    }

    /**
     * The body as a tree, for documents read member by member: a JSON object, or the XML root's
     * content (attributes and child elements as members, repeated elements as arrays).
     */
    public static JsonNode tree(byte[] body, String contentType, String root, String context) {
        MediaKind kind = MediaKind.ofBody(contentType, body);
        try {
            if (kind == MediaKind.JSON) {
                JsonNode tree = strictTree(body);
                if (tree == null || !tree.isObject()) {
                    throw ApiException.invalidInput(context, "Expected a JSON object", null);
                }
                return tree;
            }
            requireRoot(body, root, context);
            JsonNode tree = Documents.xml().readTree(body);
            return tree == null ? Documents.json().createObjectNode() : tree;
        } catch (IOException e) {
            throw ApiException.invalidInput(
                    context, "The " + kind.name() + " document could not be read", null);
        }
    }

    /** One JSON value and nothing after it: {@code {}X} is not a document. */
    private static JsonNode strictTree(byte[] body) throws IOException {
        return Documents.json()
                .reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readTree(body);
    }

    /** JSON bodies must be an object whose members all belong to the document. */
    private static void requireKnownMembers(byte[] body, Class<?> type, String context) {
        JsonNode tree;
        try {
            tree = strictTree(body);
        } catch (IOException e) {
            throw ApiException.invalidInput(context, "The JSON document is not well-formed", null);
        }
        if (tree == null || !tree.isObject()) {
            throw ApiException.invalidInput(context, "Expected a JSON object", null);
        }
        Set<String> known = new HashSet<>();
        for (BeanPropertyDefinition p :
                Documents.json()
                        .getDeserializationConfig()
                        .introspect(Documents.json().constructType(type))
                        .findProperties()) {
            known.add(p.getName());
        }
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw ApiException.invalidInput(
                        context, "Unknown member of " + type.getSimpleName(), name);
            }
        }
    }

    /** XML bodies must be well-formed, without a DOCTYPE, with the document's root element. */
    private static void requireRoot(byte[] body, Class<?> type, String context) {
        JacksonXmlRootElement declared = type.getAnnotation(JacksonXmlRootElement.class);
        requireRoot(body, declared != null ? declared.localName() : type.getSimpleName(), context);
    }

    private static void requireRoot(byte[] body, String expected, String context) {
        String root;
        try {
            org.w3c.dom.Element e = SafeXml.parse(body).getDocumentElement();
            root = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        } catch (IOException e) {
            throw ApiException.invalidInput(context, "The XML document is not well-formed", null);
        }
        if (!expected.equals(root)) {
            throw ApiException.invalidInput(context, "Expected a " + expected, root);
        }
    }
}

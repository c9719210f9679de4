package org.seqdesk.timeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses JSON from untrusted files with bounded size, nesting and number length. Decimals become
 * {@link java.math.BigDecimal} and large integers {@link java.math.BigInteger}, so no time passes
 * through a double; {@code NaN} and {@code Infinity} are accepted as OpenTimelineIO writes them.
 */
final class JsonInput {
    /** The largest JSON document SeqDesk reads. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /** The deepest nesting of objects and arrays SeqDesk reads. */
    static final int MAX_DEPTH = 200;

    private static final ObjectMapper MAPPER =
            JsonMapper.builder(
                            JsonFactory.builder()
                                    .streamReadConstraints(
                                            StreamReadConstraints.builder()
                                                    .maxNestingDepth(MAX_DEPTH)
                                                    .maxNumberLength(200)
                                                    .maxStringLength(4 * 1024 * 1024)
                                                    .build())
                                    .build())
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    private JsonInput() {}

    /**
     * The document's tree.
     *
     * @throws IOException with a message fit for people when the content is too large, empty or not
     *     JSON
     */
    static JsonNode parse(byte[] content) throws IOException {
        if (content.length > MAX_BYTES) {
            throw new IOException("the file is larger than " + (MAX_BYTES >> 20) + " MB");
        }
        try {
            JsonNode root = MAPPER.readTree(content);
            if (root == null || root.isMissingNode()) {
                throw new IOException("the file is empty");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new IOException(limitExceeded(e), e);
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null
                            ? ""
                            : " at line "
                                    + e.getLocation().getLineNr()
                                    + ", column "
                                    + e.getLocation().getColumnNr();
            throw new IOException("not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A limit of {@link #MAPPER} in plain words, rather than the parser's own text. */
    private static String limitExceeded(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("nesting")) {
            return "the JSON is nested deeper than " + MAX_DEPTH + " levels";
        }
        if (message.contains("number")) {
            return "the JSON holds a number longer than 200 digits";
        }
        if (message.contains("string")) {
            return "the JSON holds a text longer than 4 MB";
        }
        return "the JSON exceeds a size limit";
    }

    /**
     * The members of a repeatable property: an array as it is, a lone object as a one-member list,
     * absent or null as empty (VidiCore writes all three).
     */
    static List<JsonNode> list(JsonNode parent, String name) {
        JsonNode n = parent.get(name);
        List<JsonNode> list = new ArrayList<>();
        if (n == null || n.isNull()) {
            return list;
        }
        if (n.isArray()) {
            n.forEach(list::add);
        } else {
            list.add(n);
        }
        return list;
    }

    /** The text of a string or number property, or null. */
    static String text(JsonNode parent, String name) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        return n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
    }
}

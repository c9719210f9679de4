package org.seqdesk.timeline;

/**
 * VidiCore's native sequence format, the SequenceDocument, in both of its encodings. The server and
 * the client pick XML or JSON by media type; {@link #reader()} picks by content for files.
 */
public final class VidispineFormat {
    private static final VidispineXmlReader XML_READER = new VidispineXmlReader();
    private static final VidispineJsonReader JSON_READER = new VidispineJsonReader();
    private static final VidispineXmlWriter XML_WRITER = new VidispineXmlWriter();
    private static final VidispineJsonWriter JSON_WRITER = new VidispineJsonWriter();

    private VidispineFormat() {}

    /** Reads a SequenceDocument in XML; never throws for bad input (see {@link ReadResult}). */
    public static ReadResult readXml(byte[] content, String sourceName) {
        return XML_READER.read(content, sourceName);
    }

    /** Reads a SequenceDocument in VidiCore's JSON form; never throws for bad input. */
    public static ReadResult readJson(byte[] content, String sourceName) {
        return JSON_READER.read(content, sourceName);
    }

    /** Reads either encoding: JSON when the first non-blank character is <code>{</code>. */
    public static ReadResult read(byte[] content, String sourceName) {
        return looksLikeJson(content)
                ? readJson(content, sourceName)
                : readXml(content, sourceName);
    }

    /** The SequenceDocument as namespaced XML in schema element order, with its losses. */
    public static WriteResult writeXml(Sequence sequence) {
        return XML_WRITER.write(sequence);
    }

    /** The SequenceDocument in VidiCore's JSON form, with its losses. */
    public static WriteResult writeJson(Sequence sequence) {
        return JSON_WRITER.write(sequence);
    }

    /**
     * Reads by media type as an HTTP body declares it: JSON for {@code application/json} (and any
     * {@code +json}), XML for an XML type, otherwise by content (clients often send {@code
     * application/octet-stream}).
     */
    public static ReadResult read(String mediaType, byte[] content, String sourceName) {
        if (isJson(mediaType)) {
            return readJson(content, sourceName);
        }
        if (isXml(mediaType)) {
            return readXml(content, sourceName);
        }
        return read(content, sourceName);
    }

    /** Writes JSON for a JSON media type, XML for anything else (VidiCore's default). */
    public static WriteResult write(String mediaType, Sequence sequence) {
        return isJson(mediaType) ? writeJson(sequence) : writeXml(sequence);
    }

    /** True for {@code application/json}, {@code text/json} and {@code …+json}, any parameters. */
    public static boolean isJson(String mediaType) {
        String type = baseType(mediaType);
        return type.endsWith("/json") || type.endsWith("+json");
    }

    private static boolean isXml(String mediaType) {
        String type = baseType(mediaType);
        return type.endsWith("/xml") || type.endsWith("+xml");
    }

    private static String baseType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return type.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** A reader for either encoding, chosen by content. */
    public static SequenceReader reader() {
        return VidispineFormat::read;
    }

    /** The XML writer, VidiCore's default encoding. */
    public static SequenceWriter writer() {
        return XML_WRITER;
    }

    /** True when the content starts (after blanks and a UTF-8 byte order mark) with a brace. */
    static boolean looksLikeJson(byte[] content) {
        for (int i = 0; i < content.length && i < 4096; i++) {
            int b = content[i] & 0xff;
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xef || b == 0xbb
                    || b == 0xbf) {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }
}

package org.seqdesk.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.ExportResponseDocument;

/**
 * Reads the {@code multipart/mixed} answer of the export POSTs. The parts' order and types are not
 * fixed by VidiCore, so the response document is found by content (an XML root named {@code
 * ExportResponseDocument}, or JSON with its members), and the exported data is the first other
 * part.
 */
public final class MultipartMixed {
    // TODO(#3): parts are read into memory (bounded below); stream the data part to a file once
    // exports of large AAF files are supported.

    /** The largest part read into memory. */
    public static final long MAX_PART_BYTES = 256L * 1024 * 1024;

    private MultipartMixed() {}

    /** One part: its headers' content type and file name, and its bytes. */
    public record Part(String contentType, String fileName, byte[] content) {}

    /** The two things an export answers with. */
    public record ExportParts(ExportResponseDocument response, Optional<Part> data) {}

    /**
     * Reads all parts and closes the body.
     *
     * @throws IOException when the body is not multipart or a part is too large
     */
    public static List<Part> parts(ResponseBody body) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (body;
                MultipartReader reader = new MultipartReader(body)) {
            for (MultipartReader.Part next = reader.nextPart();
                    next != null;
                    next = reader.nextPart()) {
                try (MultipartReader.Part part = next) {
                    Buffer buffer = new Buffer();
                    while (part.body().read(buffer, 8192) != -1) {
                        if (buffer.size() > MAX_PART_BYTES) {
                            throw new IOException(
                                    "a multipart part exceeds " + MAX_PART_BYTES + " bytes");
                        }
                    }
                    parts.add(
                            new Part(
                                    part.headers().get("Content-Type"),
                                    fileName(part.headers().get("Content-Disposition")),
                                    buffer.readByteArray()));
                }
            }
        }
        return parts;
    }

    /**
     * The response document and the exported data of an export answer.
     *
     * @throws IOException when no part is an ExportResponseDocument
     */
    public static ExportParts export(ResponseBody body) throws IOException {
        List<Part> parts = parts(body);
        ExportResponseDocument response = null;
        Part data = null;
        for (Part p : parts) {
            ExportResponseDocument doc = response == null ? asResponse(p) : null;
            if (doc != null) {
                response = doc;
            } else if (data == null) {
                data = p;
            }
        }
        if (response == null) {
            throw new IOException("no ExportResponseDocument among " + parts.size() + " parts");
        }
        return new ExportParts(response, Optional.ofNullable(data));
    }

    private static ExportResponseDocument asResponse(Part p) {
        String text = new String(p.content(), StandardCharsets.UTF_8).strip();
        MediaType type = p.contentType() == null ? null : MediaType.parse(p.contentType());
        String subtype = type == null ? "" : type.subtype().toLowerCase(Locale.ROOT);
        try {
            if ((subtype.contains("xml") || subtype.isEmpty()) && rootIs(text)) {
                return Documents.readXml(p.content(), ExportResponseDocument.class);
            }
            if ((subtype.contains("json") || subtype.isEmpty()) && text.startsWith("{")) {
                var node = Documents.json().readTree(p.content());
                boolean looksLikeResponse =
                        node.isObject()
                                && (node.has("mappings") || node.has("problem"))
                                && !node.has("track");
                return looksLikeResponse
                        ? Documents.json().treeToValue(node, ExportResponseDocument.class)
                        : null;
            }
        } catch (IOException e) {
            return null; // not the response document: it is the data
        }
        return null;
    }

    private static boolean rootIs(String xml) {
        int i = 0;
        while ((i = xml.indexOf('<', i)) >= 0) {
            char next = i + 1 < xml.length() ? xml.charAt(i + 1) : ' ';
            if (next != '?' && next != '!') {
                int end = i + 1;
                while (end < xml.length() && " \t\r\n/>".indexOf(xml.charAt(end)) < 0) {
                    end++;
                }
                String name = xml.substring(i + 1, end);
                return name.equals("ExportResponseDocument")
                        || name.endsWith(":ExportResponseDocument");
            }
            i++;
        }
        return false;
    }

    private static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        for (String piece : disposition.split(";")) {
            String p = piece.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("filename=")) {
                return p.substring(9).replace("\"", "").strip();
            }
        }
        return null;
    }
}

package org.seqdesk.api;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.SequenceDocument;

/**
 * The raw bodies of the sequence GET and PUT for the native {@code vidispine} format, which the
 * {@link SequenceApi} leaves raw because other formats travel through the same endpoints.
 */
public final class SequenceBodies {
    /** The format name of VidiCore's own SequenceDocument. */
    public static final String VIDISPINE = "vidispine";

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private SequenceBodies() {}

    /** A PUT body for the {@code vidispine} format, in XML with schema order, or in JSON. */
    public static RequestBody of(SequenceDocument sequence, DocumentFormat format)
            throws IOException {
        return format == DocumentFormat.XML
                ? RequestBody.create(Documents.writeXml(sequence), XML)
                : RequestBody.create(Documents.writeJson(sequence), JSON);
    }

    /**
     * Reads a {@code vidispine} sequence from a GET answer, XML or JSON by its content type, and
     * closes the body.
     *
     * @throws IOException when the answer is no SequenceDocument; with {@link Calls#failure} it
     *     becomes an {@link ApiException}
     */
    public static SequenceDocument read(ResponseBody body) throws IOException {
        return DocumentConverterFactory.read(body, SequenceDocument.class);
    }
}

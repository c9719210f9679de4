package org.seqdesk.sequences;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.seqdesk.api.ApiException;
import org.seqdesk.api.Calls;
import org.seqdesk.api.ImportApi;
import org.seqdesk.api.SequenceApi;
import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.api.doc.MetadataDocument;
import org.seqdesk.api.doc.SequenceListDocument;

/** Sequences on a VidiCore server, through the client's {@link SequenceApi}. */
public final class ApiSequenceStore implements SequenceStore {
    private final SequenceApi sequences;
    private final ItemCreator creator;

    /** Makes a new item on the server; the server connection decides how. */
    @FunctionalInterface
    public interface ItemCreator {
        String create(String title) throws IOException;
    }

    /**
     * Makes items as a VidiCore server does: an empty placeholder titled as asked, which the
     * sequence is then stored on.
     */
    public static ItemCreator placeholders(ImportApi imports) {
        return title -> {
            MetadataDocument metadata =
                    MetadataDocument.ofFields(List.of(MetadataDocument.Field.of("title", title)));
            ItemDocument item =
                    Calls.execute(imports.createPlaceholder(metadata, null, null, null));
            if (item == null || item.id() == null || item.id().isBlank()) {
                throw new IOException("the server made a placeholder item but sent no id");
            }
            return item.id();
        };
    }

    public ApiSequenceStore(SequenceApi sequences, ItemCreator creator) {
        this.sequences = sequences;
        this.creator = creator;
    }

    @Override
    public List<SequenceEntry> list(String itemId) throws ApiException {
        SequenceListDocument doc = Calls.execute(sequences.list(itemId));
        List<SequenceEntry> entries = new ArrayList<>();
        for (SequenceListDocument.Entry e : doc.sequences()) {
            entries.add(new SequenceEntry(itemId, e.id(), e.type()));
        }
        return entries;
    }

    @Override
    public byte[] fetch(String itemId, String format) throws IOException {
        try (ResponseBody body = Calls.execute(sequences.get(itemId, format))) {
            return body == null ? new byte[0] : body.bytes();
        } catch (IOException e) {
            throw e instanceof ApiException ? e : Calls.failure(sequences.get(itemId, format), e);
        }
    }

    @Override
    public void put(String itemId, String format, byte[] content, String mediaType)
            throws ApiException {
        RequestBody body = RequestBody.create(content, MediaType.parse(mediaType));
        Calls.execute(sequences.put(itemId, format, body, null));
    }

    @Override
    public void delete(String itemId, String format) throws ApiException {
        Calls.execute(sequences.delete(itemId, format));
    }

    @Override
    public void conformMetadata(String itemId) throws ApiException {
        Calls.execute(sequences.conformMetadata(itemId));
    }

    @Override
    public String createItem(String title) throws IOException {
        return creator.create(title);
    }
}

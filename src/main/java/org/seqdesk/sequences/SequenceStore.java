package org.seqdesk.sequences;

import java.io.IOException;
import java.util.List;

/** Where sequences live: a server through the API client, or anything else in tests. */
public interface SequenceStore {
    /** The sequences stored on an item. */
    List<SequenceEntry> list(String itemId) throws IOException;

    /** The stored document of one format, as the server sends it. */
    byte[] fetch(String itemId, String format) throws IOException;

    /** Creates or replaces the sequence of {@code format} on the item. */
    void put(String itemId, String format, byte[] content, String mediaType) throws IOException;

    void delete(String itemId, String format) throws IOException;

    /** Copies the source items' timed metadata onto the sequence item. */
    void conformMetadata(String itemId) throws IOException;

    /** Makes a new, empty item to hold a sequence, and answers its id. */
    String createItem(String title) throws IOException;
}

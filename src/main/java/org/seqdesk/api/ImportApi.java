package org.seqdesk.api;

import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.api.doc.MetadataDocument;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * Imports. Only the placeholder is used: an empty item that a sequence document is then stored on,
 * since VidiCore has no call that makes a bare item.
 */
public interface ImportApi {
    /**
     * {@code POST /import/placeholder}: makes an item with {@code metadata} and a shape whose
     * components the counts describe (none when all are null), and answers the item, whose id is
     * all it carries. TODO(#6): that a server accepts a placeholder without any component, as a
     * sequence item needs, follows the SDK's optional parameters; no real server confirmed it.
     */
    @POST("import/placeholder")
    @Writes
    Call<ItemDocument> createPlaceholder(
            @Body MetadataDocument metadata,
            @Query("container") Integer container,
            @Query("video") Integer video,
            @Query("audio") Integer audio);
}

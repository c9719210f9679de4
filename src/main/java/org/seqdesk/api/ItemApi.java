package org.seqdesk.api;

import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.api.doc.ItemListDocument;
import org.seqdesk.api.doc.ItemSearchDocument;
import org.seqdesk.api.doc.MetadataDocument;
import org.seqdesk.api.doc.ShapeDocument;
import org.seqdesk.api.doc.URIListDocument;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Items: listing, searching, one item with content, metadata and shapes. Paging is 1-based: {@code
 * first} defaults to 1 and {@code number} to 100; with a {@code cursor} ({@code *} to start) {@code
 * first} is ignored and the answer carries {@code nextCursor}.
 *
 * <p>{@code content} is a CSV of {@code metadata}, {@code uri}, {@code shape}, {@code poster},
 * {@code thumbnail}, {@code access}, {@code merged-access}, {@code external}; {@code field} a CSV
 * of metadata fields to return.
 */
public interface ItemApi {
    // TODO(#3): 4.x servers documented paging and filters as matrix parameters (;first=1);
    // 4.17 accepts the query form used here, older servers are untested and have no fallback.

    /** {@code GET /item}: all items, a page at a time. */
    @GET("item")
    Call<ItemListDocument> list(
            @Query("first") Integer first,
            @Query("number") Integer number,
            @Query("cursor") String cursor,
            @Query("content") String content,
            @Query("field") String field);

    /** {@code PUT /item}: a search; it only reads, so a read-only client allows it. */
    @PUT("item")
    Call<ItemListDocument> search(
            @Body ItemSearchDocument search,
            @Query("first") Integer first,
            @Query("number") Integer number,
            @Query("cursor") String cursor,
            @Query("content") String content,
            @Query("field") String field);

    /** {@code GET /item/{id}}: without {@code content} the server sends only the id. */
    @GET("item/{id}")
    Call<ItemDocument> get(
            @Path("id") String itemId,
            @Query("content") String content,
            @Query("field") String field);

    /** {@code GET /item/{id}/metadata}. */
    @GET("item/{id}/metadata")
    Call<MetadataDocument> metadata(@Path("id") String itemId, @Query("field") String field);

    /** {@code PUT /item/{id}/metadata}: sets the given fields, leaves the others. */
    @PUT("item/{id}/metadata")
    @Writes
    Call<MetadataDocument> putMetadata(@Path("id") String itemId, @Body MetadataDocument metadata);

    /** {@code GET /item/{id}/shape}: the item's shape ids, optionally only those with a tag. */
    @GET("item/{id}/shape")
    Call<URIListDocument> shapes(@Path("id") String itemId, @Query("tag") String tag);

    /** {@code GET /item/{id}/shape/{shapeId}}. */
    @GET("item/{id}/shape/{shapeId}")
    Call<ShapeDocument> shape(@Path("id") String itemId, @Path("shapeId") String shapeId);
}

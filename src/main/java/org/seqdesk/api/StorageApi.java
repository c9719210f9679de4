package org.seqdesk.api;

import org.seqdesk.api.doc.StorageDocument;
import org.seqdesk.api.doc.StorageListDocument;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** Storages, for the export dialog's path mappings. */
public interface StorageApi {

    /** {@code GET /storage}. */
    @GET("storage")
    Call<StorageListDocument> list();

    /** {@code GET /storage/{id}}. */
    @GET("storage/{id}")
    Call<StorageDocument> get(@Path("id") String storageId);
}

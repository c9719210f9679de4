package org.seqdesk.api;

import org.seqdesk.api.doc.TranscodePresetDocument;
import org.seqdesk.api.doc.URIListDocument;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** Shape tags: the output formats a render or an export may name. */
public interface ShapeTagApi {

    /** {@code GET /shape-tag}: the tag names. */
    @GET("shape-tag")
    Call<URIListDocument> list();

    /** {@code GET /shape-tag/{name}}: what the tag produces. */
    @GET("shape-tag/{name}")
    Call<TranscodePresetDocument> preset(@Path("name") String name);
}

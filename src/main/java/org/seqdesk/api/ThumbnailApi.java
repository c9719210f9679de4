package org.seqdesk.api;

import okhttp3.ResponseBody;
import org.seqdesk.api.doc.URIListDocument;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.Path;
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/**
 * Thumbnails, as {@code /thumbnail/{service}/{item}/{time}} with {@code time} in the text form
 * {@code samples@base}. Credentials are only ever sent to the client's own server, so {@link
 * #fetch} on a URL of another host goes there without them.
 */
public interface ThumbnailApi {

    /** {@code GET /thumbnail/{service}/{item}/{time}}: a JPEG or PNG image. */
    @GET("thumbnail/{service}/{item}/{time}")
    @Headers("Accept: image/*")
    @Streaming
    Call<ResponseBody> image(
            @Path("service") String service,
            @Path("item") String itemId,
            @Path("time") String time);

    /** {@code GET /thumbnail/{service}/{item}}: the times that have a thumbnail. */
    @GET("thumbnail/{service}/{item}")
    Call<URIListDocument> times(@Path("service") String service, @Path("item") String itemId);

    /** A thumbnail or poster by the absolute URL an item document lists. */
    @GET
    @Headers("Accept: image/*")
    @Streaming
    Call<ResponseBody> fetch(@Url String url);
}

package org.seqdesk.api;

import org.seqdesk.api.doc.AuthenticationTokenDocument;
import org.seqdesk.api.doc.VersionDocument;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

/** Session tokens and the server version; also the cheapest calls to test a connection. */
public interface AuthApi {

    /**
     * {@code GET /token}: a token for the calling user, to send as {@code Authorization: token …}.
     *
     * @param seconds lifetime; the server default is 60 s, longer needs {@code _administrator}
     * @param autoRefresh default false; true restarts the lifetime on every use
     */
    @GET("token")
    Call<AuthenticationTokenDocument> token(
            @Query("seconds") Integer seconds, @Query("autoRefresh") Boolean autoRefresh);

    /** {@code GET /version}. */
    @GET("version")
    Call<VersionDocument> version();
}

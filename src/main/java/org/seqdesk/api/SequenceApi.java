package org.seqdesk.api;

import java.util.List;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.seqdesk.api.doc.ExportRequestDocument;
import org.seqdesk.api.doc.ExportResponseDocument;
import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.api.doc.JobDocument;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.SequenceListDocument;
import org.seqdesk.api.doc.SequenceRenderRequestDocument;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/**
 * VidiCore's ten sequence endpoints, relative to {@code /API}. Every query parameter carries the
 * server's name; a null argument leaves the parameter out, so the server's default applies (noted
 * on each). Repeatable parameters take lists and are sent once per value.
 *
 * <p>The two export POSTs each have a second method for their {@code multipart/mixed} answer
 * (response document plus exported data; read it with {@link MultipartMixed}). Sequences in any
 * format travel as raw bodies: the server decides what they are by {@code {format}}.
 */
public interface SequenceApi {

    /** {@code GET /item/{id}/sequence}: the formats stored on the item. */
    @GET("item/{id}/sequence")
    Call<SequenceListDocument> list(@Path("id") String itemId);

    /**
     * {@code GET /item/{id}/sequence/{format}}: the stored sequence in its own media type. Sends
     * {@code Accept: *}{@code /*}, because a strict type can get 406 for editing formats.
     */
    @GET("item/{id}/sequence/{format}")
    @Headers("Accept: */*")
    @Streaming
    Call<ResponseBody> get(@Path("id") String itemId, @Path("format") String format);

    /**
     * {@code PUT /item/{id}/sequence/{format}}: creates or replaces the sequence in that format.
     *
     * @param pauseFrame a running render of this sequence pauses at this frame until the next PUT;
     *     null for none
     */
    @PUT("item/{id}/sequence/{format}")
    @Writes
    Call<ItemDocument> put(
            @Path("id") String itemId,
            @Path("format") String format,
            @Body RequestBody sequence,
            @Query("pauseFrame") Long pauseFrame);

    /** {@code DELETE /item/{id}/sequence/{format}}; servers answer 200 or 204. */
    @DELETE("item/{id}/sequence/{format}")
    @Writes
    Call<Void> delete(@Path("id") String itemId, @Path("format") String format);

    /**
     * {@code POST /item/{id}/sequence/render}: renders the item's sequence into a new shape. The
     * answer is a {@code CONFORM} job in {@code READY}.
     *
     * @param tag shape tags of the output; each tag's preset must define container, video codec and
     *     bitrate, and audio codec
     * @param sourceTag shape tags choosing the source shapes (default: the server's choice)
     * @param original one of {@code tag}: moves the item's {@code original} tag to that shape
     * @param priority default {@code MEDIUM}
     * @param jobmetadata {@code key=value} pairs stored on the job
     */
    @POST("item/{id}/sequence/render")
    @CreatesJob
    Call<JobDocument> renderItem(
            @Path("id") String itemId,
            @Query("tag") List<String> tag,
            @Query("sourceTag") List<String> sourceTag,
            @Query("original") String original,
            @Query("subtitleLanguage") String subtitleLanguage,
            @Query("destinationItem") String destinationItem,
            @Query("resourceId") String resourceId,
            @Query("priority") JobPriority priority,
            @Query("notification") String notification,
            @Query("notificationData") String notificationData,
            @Query("jobmetadata") List<String> jobmetadata);

    /**
     * {@code POST /sequence/render}: renders a sequence given in the body into a new item (or into
     * {@code destinationItem}); the new item's id appears later in the job's data.
     */
    @POST("sequence/render")
    @CreatesJob
    Call<JobDocument> render(
            @Body SequenceRenderRequestDocument request,
            @Query("tag") List<String> tag,
            @Query("sourceTag") List<String> sourceTag,
            @Query("original") String original,
            @Query("destinationItem") String destinationItem,
            @Query("resourceId") String resourceId,
            @Query("priority") JobPriority priority,
            @Query("notification") String notification,
            @Query("notificationData") String notificationData,
            @Query("jobmetadata") List<String> jobmetadata);

    /**
     * {@code POST /item/{id}/sequence/export}: exports the item's sequence, writing it to {@code
     * uri} unless {@code dryRun}; the answer lists problems and mappings.
     *
     * @param content CSV of content kinds, default {@code *}
     * @param tag shape tags the clips reference (CSV or repeated)
     * @param format CSV of shape formats the clips reference
     * @param dryRun default false: report problems, write nothing
     * @param toSequence default false
     */
    @POST("item/{id}/sequence/export")
    @Writes
    Call<ExportResponseDocument> export(
            @Path("id") String itemId,
            @Body ExportRequestDocument request,
            @Query("uri") String uri,
            @Query("type") String type,
            @Query("content") String content,
            @Query("tag") List<String> tag,
            @Query("format") String format,
            @Query("dryRun") Boolean dryRun,
            @Query("toSequence") Boolean toSequence);

    /**
     * The same endpoint asking for {@code multipart/mixed}: the response document and the exported
     * data in one answer; nothing is written on the server.
     */
    @POST("item/{id}/sequence/export")
    @Headers("Accept: multipart/mixed")
    @Streaming
    Call<ResponseBody> exportMultipart(
            @Path("id") String itemId,
            @Body ExportRequestDocument request,
            @Query("type") String type,
            @Query("content") String content,
            @Query("tag") List<String> tag,
            @Query("format") String format,
            @Query("dryRun") Boolean dryRun,
            @Query("toSequence") Boolean toSequence);

    /**
     * {@code GET /item/{id}/sequence/export}: the exported document itself, streamed.
     *
     * @param storage {@code storageId=path} pairs: files on that storage are written under path
     * @param item {@code itemId=path} pairs: the path written for that item's media
     */
    @GET("item/{id}/sequence/export")
    @Headers("Accept: */*")
    @Streaming
    Call<ResponseBody> exportData(
            @Path("id") String itemId,
            @Query("type") String type,
            @Query("content") String content,
            @Query("tag") List<String> tag,
            @Query("format") String format,
            @Query("dryRun") Boolean dryRun,
            @Query("storage") List<String> storage,
            @Query("item") List<String> item,
            @Query("toSequence") Boolean toSequence);

    /** {@code POST /sequence/export}: exports the sequence inside the request document. */
    @POST("sequence/export")
    @Writes
    Call<ExportResponseDocument> exportSequence(
            @Body ExportRequestDocument request,
            @Query("uri") String uri,
            @Query("type") String type,
            @Query("content") String content,
            @Query("tag") List<String> tag,
            @Query("format") String format,
            @Query("dryRun") Boolean dryRun,
            @Query("toSequence") Boolean toSequence);

    /** {@code POST /sequence/export} asking for {@code multipart/mixed}. */
    @POST("sequence/export")
    @Headers("Accept: multipart/mixed")
    @Streaming
    Call<ResponseBody> exportSequenceMultipart(
            @Body ExportRequestDocument request,
            @Query("type") String type,
            @Query("content") String content,
            @Query("tag") List<String> tag,
            @Query("format") String format,
            @Query("dryRun") Boolean dryRun,
            @Query("toSequence") Boolean toSequence);

    /**
     * {@code POST /item/{id}/sequence/conform-metadata}: copies timed metadata of the source items
     * onto the sequence item along the segments.
     */
    @POST("item/{id}/sequence/conform-metadata")
    @Writes
    Call<Void> conformMetadata(@Path("id") String itemId);
}

package org.seqdesk.api;

import java.util.List;
import org.seqdesk.api.doc.JobDocument;
import org.seqdesk.api.doc.JobListDocument;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobProblemListDocument;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Jobs: poll one, list, abort, reprioritise, re-run, and the problems that hold jobs waiting. Poll
 * {@link #get} every few seconds until {@link org.seqdesk.api.doc.JobState#isTerminal}.
 */
public interface JobApi {

    /**
     * {@code GET /job/{id}}.
     *
     * @param metadata default false; true adds the job metadata to {@code data}
     */
    @GET("job/{id}")
    Call<JobDocument> get(@Path("id") String jobId, @Query("metadata") Boolean metadata);

    /**
     * {@code GET /job}.
     *
     * @param user default <b>true</b>: only the caller's jobs; a monitor sends false
     * @param state CSV of job states, default all
     * @param type CSV of job types, default all
     * @param first 1-based, default 1
     * @param number default 100
     * @param sort e.g. {@code startTime desc}
     * @param jobmetadata repeatable {@code key=value} filter (use {@code itemId}, not {@code
     *     item}); the {@code =} is sent percent-encoded
     * @param metadata default false
     */
    @GET("job")
    Call<JobListDocument> list(
            @Query("user") Boolean user,
            @Query("state") String state,
            @Query("type") String type,
            @Query("first") Integer first,
            @Query("number") Integer number,
            @Query("sort") String sort,
            @Query("jobmetadata") List<String> jobmetadata,
            @Query("metadata") Boolean metadata);

    /**
     * {@code DELETE /job/{id}}: asks the job to abort (it is not deleted). The answer usually comes
     * while the job is still {@code ABORTED_PENDING}; keep polling.
     *
     * @param cleanup default true; false skips cleanup, and a READY job is aborted at once
     */
    @DELETE("job/{id}")
    @Writes
    Call<Void> abort(
            @Path("id") String jobId,
            @Query("reason") String reason,
            @Query("cleanup") Boolean cleanup);

    /** {@code PUT /job/{id}?priority=…}. */
    @PUT("job/{id}")
    @Writes
    Call<Void> setPriority(@Path("id") String jobId, @Query("priority") JobPriority priority);

    /** {@code POST /job/{id}/re-run}: a new job doing the same; priority defaults to the old. */
    @POST("job/{id}/re-run")
    @CreatesJob
    Call<JobDocument> rerun(@Path("id") String jobId, @Query("priority") JobPriority priority);

    /** {@code GET /job/{id}/problem}. */
    @GET("job/{id}/problem")
    Call<JobProblemListDocument> problems(@Path("id") String jobId);

    /** {@code GET /job/problem}: the problems of all jobs. */
    @GET("job/problem")
    Call<JobProblemListDocument> allProblems();

    /** {@code POST /job?type=…}: starts a job of a custom type. */
    @POST("job")
    @CreatesJob
    Call<JobDocument> create(
            @Query("type") String type,
            @Query("priority") JobPriority priority,
            @Query("notification") String notification,
            @Query("notificationData") String notificationData,
            @Query("jobmetadata") List<String> jobmetadata);
}

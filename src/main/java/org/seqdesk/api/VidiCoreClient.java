package org.seqdesk.api;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * A connection to one VidiCore server: the Retrofit services over one OkHttp client. Thread-safe;
 * share one per server profile and {@link #close} it when the profile goes away.
 *
 * <p>Run calls through {@link Calls#execute} to get the answer or one {@link ApiException}.
 */
public final class VidiCoreClient implements AutoCloseable {
    private final ClientConfig config;
    private final OkHttpClient http;
    private final Retrofit retrofit;
    private final SequenceApi sequences;
    private final ItemApi items;
    private final JobApi jobs;
    private final ShapeTagApi shapeTags;
    private final StorageApi storages;
    private final ThumbnailApi thumbnails;
    private final AuthApi auth;

    VidiCoreClient(ClientConfig config, OkHttpClient http, Retrofit retrofit) {
        this.config = config;
        this.http = http;
        this.retrofit = retrofit;
        this.sequences = retrofit.create(SequenceApi.class);
        this.items = retrofit.create(ItemApi.class);
        this.jobs = retrofit.create(JobApi.class);
        this.shapeTags = retrofit.create(ShapeTagApi.class);
        this.storages = retrofit.create(StorageApi.class);
        this.thumbnails = retrofit.create(ThumbnailApi.class);
        this.auth = retrofit.create(AuthApi.class);
    }

    public SequenceApi sequences() {
        return sequences;
    }

    public ItemApi items() {
        return items;
    }

    public JobApi jobs() {
        return jobs;
    }

    public ShapeTagApi shapeTags() {
        return shapeTags;
    }

    public StorageApi storages() {
        return storages;
    }

    public ThumbnailApi thumbnails() {
        return thumbnails;
    }

    public AuthApi auth() {
        return auth;
    }

    /** Another service interface over the same client, for calls not covered above. */
    public <T> T create(Class<T> service) {
        return retrofit.create(service);
    }

    /** The API root, ending in {@code /API/}. */
    public HttpUrl baseUrl() {
        return config.baseUrl();
    }

    public ClientConfig config() {
        return config;
    }

    public boolean isReadOnly() {
        return config.readOnly();
    }

    /** The OkHttp client, with auth, retries, failures and logging in place. */
    public OkHttpClient httpClient() {
        return http;
    }

    /** Stops the client's threads and closes idle connections; running calls may still end. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}

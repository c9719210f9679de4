package org.seqdesk.api;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;

/**
 * Builds {@link VidiCoreClient}s. Interceptors, outermost first: read-only guard, failure mapping,
 * GET retries, headers (User-Agent, Accept, credentials, RunAs), HTTP log.
 *
 * <p>OkHttp's own silent retry on connection failure is off: it could send a job-creating POST
 * twice. GETs are retried by {@link RetryInterceptor} instead.
 */
public final class VidiCoreClientFactory {
    private static final Logger LOG = LoggerFactory.getLogger(VidiCoreClientFactory.class);

    private VidiCoreClientFactory() {}

    /** A client with its own connection pool, idle connections kept {@code keepAlive} long. */
    public static VidiCoreClient create(ClientConfig config) {
        ConnectionPool pool =
                new ConnectionPool(5, config.keepAlive().toMillis(), TimeUnit.MILLISECONDS);
        return create(config, new OkHttpClient.Builder().connectionPool(pool).build());
    }

    /**
     * A client that shares {@code base}'s connection pool and dispatcher (its interceptors are
     * kept, inside this client's own).
     */
    public static VidiCoreClient create(ClientConfig config, OkHttpClient base) {
        OkHttpClient.Builder b =
                base.newBuilder()
                        .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .writeTimeout(config.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .callTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .retryOnConnectionFailure(false);
        if (config.sslSocketFactory() != null) {
            b.sslSocketFactory(config.sslSocketFactory(), config.trustManager());
        }
        b.interceptors().clear();
        if (config.readOnly()) {
            b.addInterceptor(new Interceptors.ReadOnlyGuard());
        }
        b.addInterceptor(new Interceptors.FailureMapper());
        b.addInterceptor(new RetryInterceptor(config.retryPolicy()));
        b.addInterceptor(
                new Interceptors.Headers(
                        config.baseUrl(),
                        config.auth().header(),
                        config.runAs(),
                        ClientVersion.userAgent(),
                        config.format().mediaType()));
        b.addInterceptor(new HttpLog());
        b.interceptors().addAll(base.interceptors());
        OkHttpClient http = b.build();
        Retrofit retrofit =
                new Retrofit.Builder()
                        .baseUrl(config.baseUrl())
                        .client(http)
                        .addConverterFactory(new DocumentConverterFactory(config.format()))
                        .build();
        LOG.debug("VidiCore client for {}", config);
        return new VidiCoreClient(config, http, retrofit);
    }
}

package org.seqdesk.api;

import java.io.IOException;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs Retrofit calls so that every failure arrives as one {@link ApiException}: statuses and
 * connection errors (mapped by the client's interceptors) and unreadable answers (mapped here).
 * Blocking: call it on the background executor, never on the FX thread.
 */
public final class Calls {
    private Calls() {}

    /**
     * The answer's body; null for {@code Void} and for empty 204 answers. A {@code ResponseBody}
     * answer is streamed and must be closed by the caller.
     *
     * @throws ApiException for every failure
     */
    public static <T> T execute(Call<T> call) throws ApiException {
        Request request = call.request();
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw Failures.fromIo(Redaction.request(request), e);
        } catch (RuntimeException e) {
            throw new ApiException.MalformedAnswer(
                    Redaction.request(request), 0, e.getClass().getSimpleName(), e);
        }
        if (!response.isSuccessful()) {
            // Only without the client's interceptors, e.g. a Retrofit built elsewhere.
            throw Failures.fromResponse(Redaction.request(request), response.raw());
        }
        return response.body();
    }

    /**
     * The failure for an I/O error that happened later, while reading a streamed body returned by
     * {@link #execute}.
     */
    public static ApiException failure(Call<?> call, IOException e) {
        return Failures.fromIo(Redaction.request(call.request()), e);
    }
}

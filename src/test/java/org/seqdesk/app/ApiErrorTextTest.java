package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.ApiException;
import org.seqdesk.common.ErrorText;

class ApiErrorTextTest {
    private static final ApiException.Request GET =
            new ApiException.Request("GET", "http://127.0.0.1/API/item/VX-1");

    @Test
    void everyKindOfFailureHasASentenceWithoutTechnicalDetail() {
        List<ApiException> failures =
                List.of(
                        new ApiException.Unauthorized(GET, null, "Basic"),
                        new ApiException.Forbidden(GET, null),
                        new ApiException.NotFound(GET, 404, "notFound: Item VX-1"),
                        new ApiException.InvalidInput(GET, 400, "invalidInput: bad field"),
                        new ApiException.Conflict(GET, "conflict"),
                        new ApiException.ServerError(GET, 500, null),
                        new ApiException.Unavailable(GET, 503, null),
                        new ApiException.NetworkFailure(GET, new IOException("refused")),
                        new ApiException.Timeout(GET, new IOException("timeout")),
                        new ApiException.MalformedAnswer(GET, 200, null, null),
                        new ApiException.ReadOnlyRefused(GET));

        for (ApiException failure : failures) {
            String sentence = ApiErrorText.sentence(failure).orElseThrow();
            assertThat(sentence).doesNotStartWith("!").doesNotContain("http://").endsWith(".");
        }
    }

    @Test
    void serverErrorsNameTheStatusAndInputErrorsTheServersReason() {
        assertThat(
                        ApiErrorText.sentence(new ApiException.ServerError(GET, 502, null))
                                .orElseThrow())
                .contains("HTTP 502")
                .contains("server's administrator");
        assertThat(
                        ApiErrorText.sentence(new ApiException.InvalidInput(GET, 400, "bad field"))
                                .orElseThrow())
                .isEqualTo(
                        "The server did not accept it (bad field). Check what you sent and try"
                                + " again.");
    }

    @Test
    void installedTranslatorIsUsedForWrappedFailures() {
        ApiErrorText.install();

        String text =
                ErrorText.of(
                        new java.util.concurrent.ExecutionException(
                                new ApiException.Forbidden(GET, null)));

        assertThat(text).isEqualTo("Your user may not do that on this server.");
    }
}

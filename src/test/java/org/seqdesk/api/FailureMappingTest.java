package org.seqdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureMappingTest {
    private static final ApiException.Request GET =
            new ApiException.Request("GET", "http://127.0.0.1/API/item");

    @ParameterizedTest
    @CsvSource({
        "400, InvalidInput",
        "401, Unauthorized",
        "403, Forbidden",
        "404, NotFound",
        "405, InvalidInput",
        "406, InvalidInput",
        "409, Conflict",
        "410, NotFound",
        "415, InvalidInput",
        "429, Unavailable",
        "500, ServerError",
        "501, ServerError",
        "502, ServerError",
        "503, Unavailable",
        "504, Unavailable",
        "304, MalformedAnswer"
    })
    void everyStatusHasOneKind(int status, String kind) {
        ApiException e = Failures.fromStatus(GET, status, null, null);

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.method()).isEqualTo("GET");
    }

    @Test
    void ioErrorsBecomeTimeoutsOrNetworkFailures() {
        assertThat(Failures.fromIo(GET, new SocketTimeoutException("Read timed out")))
                .isInstanceOf(ApiException.Timeout.class);
        assertThat(Failures.fromIo(GET, new InterruptedIOException("timeout")))
                .isInstanceOf(ApiException.Timeout.class);
        assertThat(Failures.fromIo(GET, new ConnectException("refused")))
                .isInstanceOf(ApiException.NetworkFailure.class);
        assertThat(Failures.fromIo(GET, new EOFException()))
                .isInstanceOf(ApiException.NetworkFailure.class)
                .hasMessageContaining("EOFException");
    }

    @Test
    void explanationComesFromTheFirstNonNullMemberOrPlainText() {
        MediaType json = MediaType.get("application/json");
        assertThat(
                        Failures.explanation(
                                json,
                                bytes(
                                        "{\"notFound\":null,\"forbidden\":{\"context\":\"item\",\"explanation\":\"no"
                                            + " role\"}}")))
                .isEqualTo("forbidden: item no role");
        assertThat(Failures.explanation(json, bytes("{\"error\":\"x\"}"))).isNull();
        assertThat(Failures.explanation(null, bytes("Service down\nmore")))
                .isEqualTo("Service down");
        assertThat(Failures.explanation(null, bytes(""))).isNull();
        assertThat(Failures.explanation(MediaType.get("text/html"), bytes("<p>no title</p>")))
                .isNull();
    }

    @Test
    void urlsLoseUserInfoAndSecretQueryValues() {
        HttpUrl url =
                HttpUrl.get(
                        "http://admin:pw@127.0.0.1:8080/API/item?token=abc&first=1"
                                + "&password=p&access_token=t&apiKey=k&autoRefresh=true");

        String shown = Redaction.url(url);

        assertThat(shown)
                .doesNotContain("admin")
                .doesNotContain(":pw@")
                .doesNotContain("abc")
                .doesNotContain("=p&")
                .doesNotContain("=t&")
                .doesNotContain("=k&");
        assertThat(shown)
                .contains("first=1")
                .contains("autoRefresh=true")
                .contains("token=" + Redaction.MASK);
    }

    @Test
    void retryDelaysDoubleUpToTheMaximum() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(350));

        assertThat(p.delayAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.delayAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(p.delayAfter(3)).isEqualTo(Duration.ofMillis(350));
        assertThat(p.delayAfter(30)).isEqualTo(Duration.ofMillis(350));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

package org.seqdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.ItemDocument;
import org.slf4j.LoggerFactory;

/**
 * Faults a real server rarely produces, each of which must end in its typed failure within its
 * timeout, with the password and token never in the log.
 */
class ClientFailuresTest {
    private static final String PASSWORD = "pa55-w0rd-never-logged";
    private static final String TOKEN = "tok-never-logged-42";
    private static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    private MockWebServer server;
    private VidiCoreClient client;
    private ListAppender<ILoggingEvent> log;
    private Logger seqdeskLogger;
    private Level previousLevel;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = VidiCoreClientFactory.create(config().basicAuth("admin", PASSWORD).build());
        seqdeskLogger = (Logger) LoggerFactory.getLogger("org.seqdesk");
        previousLevel = seqdeskLogger.getLevel();
        seqdeskLogger.setLevel(Level.DEBUG);
        log = new ListAppender<>();
        log.start();
        seqdeskLogger.addAppender(log);
    }

    @AfterEach
    void stop() throws IOException {
        seqdeskLogger.detachAppender(log);
        seqdeskLogger.setLevel(previousLevel);
        client.close();
        server.shutdown();
        for (ILoggingEvent e : log.list) {
            assertThat(e.getFormattedMessage())
                    .doesNotContain(PASSWORD)
                    .doesNotContain(TOKEN)
                    .doesNotContain("Basic ");
            if (e.getThrowableProxy() != null) {
                assertThat(e.getThrowableProxy().getMessage())
                        .doesNotContain(PASSWORD)
                        .doesNotContain(TOKEN);
            }
        }
    }

    private ClientConfig.Builder config() {
        return ClientConfig.builder(server.url("/API").toString())
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(READ_TIMEOUT)
                .writeTimeout(Duration.ofSeconds(1))
                .callTimeout(Duration.ofSeconds(5))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40)));
    }

    private static <T extends ApiException> T failsWith(Class<T> type, Executable call) {
        long start = System.nanoTime();
        T failure = catchThrowableOfType(type, () -> call.execute());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(failure).as("a %s", type.getSimpleName()).isNotNull();
        assertThat(millis).as("time to fail").isLessThan(4000);
        assertThat(failure.getMessage()).doesNotContain(PASSWORD).doesNotContain(TOKEN);
        return failure;
    }

    private ItemDocument getItem() throws ApiException {
        return Calls.execute(client.items().get("VX-1", "metadata", null));
    }

    @Test
    void htmlPageWith502IsAServerErrorExplainedByItsTitle() {
        server.enqueue(
                new MockResponse()
                        .setResponseCode(502)
                        .setHeader("Content-Type", "text/html")
                        .setBody(
                                "<html><head><title>502 Bad Gateway</title></head>"
                                        + "<body><h1>Bad Gateway</h1></body></html>"));

        ApiException.ServerError e = failsWith(ApiException.ServerError.class, this::getItem);

        assertThat(e.status()).isEqualTo(502);
        assertThat(e.explanation()).isEqualTo("502 Bad Gateway");
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.url()).endsWith("/API/item/VX-1?content=metadata");
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void truncatedJsonIsAMalformedAnswer() {
        server.enqueue(
                ClientRequestsTest.json("{\"id\":\"VX-1\",\"metadata\":{\"timespan\":[{\"st"));

        failsWith(ApiException.MalformedAnswer.class, this::getItem);
    }

    @Test
    void htmlWhereAJsonDocumentWasExpectedIsAMalformedAnswer() {
        server.enqueue(
                new MockResponse()
                        .setHeader("Content-Type", "text/html")
                        .setBody("<html><body>login</body></html>"));

        failsWith(ApiException.MalformedAnswer.class, this::getItem);
    }

    @Test
    void bodyStallingPastTheReadTimeoutIsATimeout() {
        server.enqueue(
                ClientRequestsTest.json("{\"id\":\"VX-1\",\"metadata\":{}}")
                        .throttleBody(4, 2, TimeUnit.SECONDS));

        long start = System.nanoTime();
        failsWith(ApiException.Timeout.class, this::getItem);

        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isLessThan(READ_TIMEOUT.multipliedBy(4));
    }

    @Test
    void unauthorizedKeepsTheChallengeWhenTheServerSendsOne() {
        server.enqueue(
                new MockResponse()
                        .setResponseCode(401)
                        .setHeader("WWW-Authenticate", "Basic realm=\"VidiCore\""));
        server.enqueue(new MockResponse().setResponseCode(401));

        ApiException.Unauthorized with = failsWith(ApiException.Unauthorized.class, this::getItem);
        ApiException.Unauthorized without =
                failsWith(ApiException.Unauthorized.class, this::getItem);

        assertThat(with.challenge()).isEqualTo("Basic realm=\"VidiCore\"");
        assertThat(with.status()).isEqualTo(401);
        assertThat(without.challenge()).isNull();
        assertThat(server.getRequestCount()).as("401 is not retried").isEqualTo(2);
    }

    @Test
    void getIsRetriedThroughTwo503sAndSucceeds() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1"));
        server.enqueue(ClientRequestsTest.json("{\"id\":\"VX-1\"}"));

        assertThat(getItem().id()).isEqualTo("VX-1");

        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void getGivesUpAfterTheLastTryAsUnavailable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(504));
        }

        ApiException.Unavailable e = failsWith(ApiException.Unavailable.class, this::getItem);

        assertThat(e.status()).isEqualTo(504);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void renderIsNeverRetriedOn503() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(ClientRequestsTest.json("{\"jobId\":\"VX-2\",\"status\":\"READY\"}"));

        failsWith(
                ApiException.Unavailable.class,
                () ->
                        Calls.execute(
                                client.sequences()
                                        .renderItem(
                                                "VX-1",
                                                List.of("lowres"),
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)));

        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void renderIsNeverRetriedWhenTheConnectionDrops() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(ClientRequestsTest.json("{\"jobId\":\"VX-2\",\"status\":\"READY\"}"));

        ApiException.NetworkFailure e =
                failsWith(
                        ApiException.NetworkFailure.class,
                        () -> Calls.execute(client.jobs().rerun("VX-1", null)));

        assertThat(e.status()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void notFoundIn417StyleWithNullMembersCarriesTheServersExplanation() {
        server.enqueue(
                ClientRequestsTest.json(
                                "{\"notFound\":{\"type\":\"Item\",\"id\":\"VX-1000000\","
                                        + "\"context\":null},\"invalidInput\":null,"
                                        + "\"conflict\":null,\"forbidden\":null,"
                                        + "\"notAuthorized\":null,\"internalServer\":null,"
                                        + "\"notYetImplemented\":null,\"licenseFault\":null,"
                                        + "\"fileAlreadyExists\":null}")
                        .setResponseCode(404));

        ApiException.NotFound e = failsWith(ApiException.NotFound.class, this::getItem);

        assertThat(e.explanation()).isEqualTo("notFound: Item VX-1000000");
        assertThat(e.getMessage()).contains("HTTP 404").contains("notFound: Item VX-1000000");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void plainTextErrorIsTheExplanation() {
        server.enqueue(
                new MockResponse()
                        .setResponseCode(400)
                        .setHeader("Content-Type", "text/plain")
                        .setBody("400 An invalid parameter was entered\r\n"));

        ApiException.InvalidInput e = failsWith(ApiException.InvalidInput.class, this::getItem);

        assertThat(e.explanation()).isEqualTo("400 An invalid parameter was entered");
    }

    @Test
    void xmlErrorDocumentIsExplainedToo() {
        server.enqueue(
                new MockResponse()
                        .setResponseCode(409)
                        .setHeader("Content-Type", "application/xml")
                        .setBody(
                                "<ExceptionDocument xmlns=\""
                                        + Documents.NAMESPACE
                                        + "\"><conflict><context>job</context><explanation>already"
                                        + " aborted</explanation></conflict></ExceptionDocument>"));

        ApiException.Conflict e =
                failsWith(
                        ApiException.Conflict.class,
                        () -> Calls.execute(client.jobs().abort("VX-1", null, null)));

        assertThat(e.explanation()).isEqualTo("conflict: job already aborted");
    }

    @Test
    void xmlDeclaringAnExternalEntityIsRefusedAsMalformed() {
        server.enqueue(
                new MockResponse()
                        .setHeader("Content-Type", "application/xml")
                        .setBody(
                                "<?xml version=\"1.0\"?><!DOCTYPE JobDocument ["
                                        + "<!ENTITY leak SYSTEM \"file:///etc/hostname\">]>"
                                        + "<JobDocument xmlns=\""
                                        + Documents.NAMESPACE
                                        + "\"><jobId>&leak;</jobId><status>READY</status></JobDocument>"));

        ApiException.MalformedAnswer e =
                failsWith(
                        ApiException.MalformedAnswer.class,
                        () -> Calls.execute(client.jobs().get("VX-1", null)));

        assertThat(e.explanation()).contains("DOCTYPE");
    }

    @Test
    void refusedConnectionIsANetworkFailureAfterBoundedRetries() throws IOException {
        String url = server.url("/API").toString();
        server.shutdown();
        client.close();
        client =
                VidiCoreClientFactory.create(
                        ClientConfig.builder(url)
                                .basicAuth("admin", PASSWORD)
                                .connectTimeout(Duration.ofSeconds(1))
                                .retryPolicy(
                                        new RetryPolicy(
                                                3, Duration.ofMillis(10), Duration.ofMillis(40)))
                                .build());

        ApiException.NetworkFailure e = failsWith(ApiException.NetworkFailure.class, this::getItem);

        assertThat(e.isTransient()).isTrue();
        long retries =
                log.list.stream().filter(ev -> ev.getFormattedMessage().contains("try ")).count();
        assertThat(retries).isEqualTo(2);
    }

    @Test
    void theLogShowsMethodUrlStatusAndTimeButNeverTheTokenEvenInTheQuery() throws Exception {
        client.close();
        client = VidiCoreClientFactory.create(config().token(TOKEN).build());
        server.enqueue(ClientRequestsTest.json("{\"token\":\"" + "fresh" + "\",\"user\":\"a\"}"));
        server.enqueue(new MockResponse().setBody("img"));

        Calls.execute(client.auth().token(60, true));
        Calls.execute(
                        client.thumbnails()
                                .fetch(
                                        server.url("/API/thumbnail/t/VX-1/0@1?token=" + TOKEN)
                                                .toString()))
                .close();

        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("token " + TOKEN);
        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(
                        m ->
                                m.matches(
                                        "GET http://[^ ]+/API/token\\?seconds=60"
                                                + "&autoRefresh=true -> 200 \\(\\d+ ms\\)"))
                .anyMatch(m -> m.contains("/API/thumbnail/t/VX-1/0@1?token=" + Redaction.MASK));
    }
}

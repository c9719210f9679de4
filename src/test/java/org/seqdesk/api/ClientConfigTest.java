package org.seqdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

class ClientConfigTest {

    @Test
    void timeoutsAndTrustAreTheOnesConfigured() throws Exception {
        TrustManagerFactory tmf =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        X509TrustManager trust = (X509TrustManager) tmf.getTrustManagers()[0];
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] {trust}, null);
        javax.net.ssl.SSLSocketFactory sockets = tls.getSocketFactory();
        ClientConfig config =
                ClientConfig.builder("https://vidicore.example.test")
                        .connectTimeout(Duration.ofSeconds(3))
                        .readTimeout(Duration.ofSeconds(7))
                        .writeTimeout(Duration.ofSeconds(8))
                        .callTimeout(Duration.ofSeconds(90))
                        .tls(sockets, trust)
                        .build();

        try (VidiCoreClient client = VidiCoreClientFactory.create(config)) {
            assertThat(client.httpClient().connectTimeoutMillis()).isEqualTo(3000);
            assertThat(client.httpClient().readTimeoutMillis()).isEqualTo(7000);
            assertThat(client.httpClient().writeTimeoutMillis()).isEqualTo(8000);
            assertThat(client.httpClient().callTimeoutMillis()).isEqualTo(90000);
            assertThat(client.httpClient().sslSocketFactory()).isSameAs(sockets);
            assertThat(client.httpClient().x509TrustManager()).isSameAs(trust);
            assertThat(client.httpClient().retryOnConnectionFailure()).isFalse();
            assertThat(client.baseUrl().toString()).isEqualTo("https://vidicore.example.test/API/");
        }
    }

    @Test
    void secretsStayOutOfToStrings() {
        ClientConfig basic =
                ClientConfig.builder("http://127.0.0.1:8080").basicAuth("admin", "hunter2").build();
        ClientConfig token = basic.withAuth(Auth.token("t0ken-value"));

        assertThat(basic.toString()).contains("admin").doesNotContain("hunter2");
        assertThat(token.toString()).doesNotContain("t0ken-value");
        assertThat(
                        new org.seqdesk.api.doc.AuthenticationTokenDocument("t0ken-value", "a")
                                .toString())
                .doesNotContain("t0ken-value");
    }

    @Test
    void aUrlThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> ClientConfig.builder("ftp://host/API"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

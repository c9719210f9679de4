package org.seqdesk.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small plain-HTTP client for sandbox tests: admin credentials unless told otherwise. */
public final class SandboxHttp {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String root;
    private String authorization = basic("admin", "admin");
    private String extraName;
    private String extraValue;

    public SandboxHttp(Sandbox sandbox) {
        this.root = sandbox.url();
    }

    public static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public SandboxHttp as(String authorizationHeader) {
        SandboxHttp other = new SandboxHttp(root);
        other.authorization = authorizationHeader;
        return other;
    }

    private SandboxHttp(String root) {
        this.root = root;
    }

    public HttpResponse<String> get(String path, String accept) {
        return send("GET", path, accept, null, null);
    }

    /** A body-less request with one extra header. */
    public HttpResponse<String> sendWithHeader(
            String method, String path, String name, String value) {
        extraName = name;
        extraValue = value;
        try {
            return send(method, path, null, null, null);
        } finally {
            extraName = null;
        }
    }

    public HttpResponse<String> send(
            String method, String path, String accept, String contentType, String body) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (extraName != null) {
            b.header(extraName, extraValue);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

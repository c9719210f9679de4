package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Two thousand seeded random malformed requests: each must get a 4xx ExceptionDocument (never a 500
 * or a stack trace) and together they must leave the data as it was.
 */
class MalformedRequestTest {
    private static final int REQUESTS = 2000;
    private static final String NS = "xmlns=\"http://xml.vidispine.com/schema/vidispine\"";
    private final Sandbox sandbox = SharedSandbox.get();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261204L);

    private record Probe(String method, String path, String contentType, byte[] body) {}

    @Test
    void randomMalformedRequestsGetClientErrorsAndChangeNothing() throws Exception {
        SandboxHttp http = new SandboxHttp(sandbox);
        String itemsBefore =
                http.get("/API/item?content=metadata,shape&number=1000", "application/json").body();
        String sequenceBefore = http.get("/API/item/VX-4/sequence/vidispine", null).body();
        String jobsBefore = http.get("/API/job?user=false&number=1000", "text/plain").body();
        List<Supplier<Probe>> generators = generators();
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int sent = 0;
        for (; sent < REQUESTS && System.nanoTime() < deadline; sent++) {
            Probe p = generators.get(random.nextInt(generators.size())).get();
            String accept =
                    List.of("application/json", "application/xml", "text/plain", "*/*")
                            .get(random.nextInt(4));
            HttpResponse<String> r = send(p, accept);
            String problem = check(r, accept);
            if (problem != null && failures.size() < 20) {
                String sentBody =
                        p.body() == null
                                ? ""
                                : new String(
                                        p.body(),
                                        0,
                                        Math.min(80, p.body().length),
                                        StandardCharsets.UTF_8);
                failures.add(
                        p.method()
                                + " "
                                + p.path()
                                + " ["
                                + sentBody
                                + "] -> "
                                + r.statusCode()
                                + ": "
                                + problem);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(sent).isEqualTo(REQUESTS);
        assertThat(
                        http.get("/API/item?content=metadata,shape&number=1000", "application/json")
                                .body())
                .isEqualTo(itemsBefore);
        assertThat(http.get("/API/item/VX-4/sequence/vidispine", null).body())
                .isEqualTo(sequenceBefore);
        assertThat(http.get("/API/job?user=false&number=1000", "text/plain").body())
                .isEqualTo(jobsBefore);
    }

    private HttpResponse<String> send(Probe p, String accept) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(sandbox.url() + p.path()))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", SandboxHttp.basic("admin", "admin"))
                        .header("Accept", accept);
        if (p.contentType() != null) {
            b.header("Content-Type", p.contentType());
        }
        b.method(
                p.method(),
                p.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(p.body()));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Why the answer is wrong, or null. */
    private static String check(HttpResponse<String> r, String accept) {
        if (r.statusCode() < 400 || r.statusCode() > 499) {
            return "status " + r.statusCode() + " " + abbreviate(r.body());
        }
        String body = r.body();
        if (body.contains("Exception:") || body.contains("\tat ") || body.contains("at org.")) {
            return "stack trace in " + abbreviate(body);
        }
        boolean xmlAnswer =
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml");
        if (xmlAnswer && body.contains("<ExceptionDocument")) {
            // Requests Jetty cannot parse are answered before their Accept header is read.
            return null;
        }
        if (accept.equals("text/plain")) {
            return body.startsWith(r.statusCode() + " ") ? null : "text body " + abbreviate(body);
        }
        if (accept.equals("application/json")) {
            JsonNode n;
            try {
                n = Json.of(body);
            } catch (java.io.UncheckedIOException e) {
                return "not JSON: " + abbreviate(body);
            }
            for (var it = n.fields(); it.hasNext(); ) {
                if (it.next().getValue().isObject()) {
                    return null;
                }
            }
            return "no ExceptionDocument member in " + abbreviate(body);
        }
        return body.contains("<ExceptionDocument")
                ? null
                : "not an ExceptionDocument: " + abbreviate(body);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private String junk(int max) {
        int n = 1 + random.nextInt(max);
        StringBuilder b = new StringBuilder();
        String alphabet = "abcXYZ019-_.~!$&'()*+,;=:@<>{}[]\"\\ é中\u0000\u007f";
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String badId() {
        switch (random.nextInt(5)) {
            case 0:
                return "VX-" + (5_000_000 + random.nextInt(1_000_000));
            case 1:
                return "XX-" + random.nextInt(100);
            case 2:
                return "VX-" + "9".repeat(25);
            case 3:
                return "VX--1";
            default:
                return enc(junk(30));
        }
    }

    private byte[] brokenXml() {
        String[] options = {
            "<MetadataDocument " + NS + "><timespan start=\"-INF\"",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM"
                    + " \"file:///etc/passwd\">]><x>&e;</x>",
            "<" + junk(10),
            "not xml at all " + junk(40),
            "<SequenceDocument "
                    + NS
                    + "><track><segment><in>"
                    + junk(5)
                    + "</in></segment></track></SequenceDocument>",
            "<SequenceDocument "
                    + NS
                    + "><track><segment><sourceTrack>x</sourceTrack></segment></track></SequenceDocument>",
        };
        return options[random.nextInt(options.length)].getBytes(StandardCharsets.UTF_8);
    }

    private byte[] brokenJson() {
        String[] options = {
            "{\"timespan\":[{\"field\":",
            "[1,2,3]",
            "{\"track\":\"not a list\", \"x\": " + "[".repeat(3000) + "]".repeat(3000) + "}",
            "{\"timespan\":[{\"field\":[{\"name\":\""
                    + junk(8)
                    + " !\",\"value\":[{\"value\":\"x\"}]}]}]}",
            "{\"track\":[{\"segment\":[{\"sourceTrack\":\"one\"}]}]}",
            "{" + junk(20),
            "\"just a string\"",
            "{\"sequence\":{\"track\":[{\"segment\":[{\"item\":\"VX-1\"}]}]}}",
        };
        return options[random.nextInt(options.length)].getBytes(StandardCharsets.UTF_8);
    }

    private Probe body(String method, String path) {
        boolean xml = random.nextBoolean();
        return new Probe(
                method,
                path,
                random.nextInt(5) == 0
                        ? "application/octet-stream"
                        : xml ? "application/xml" : "application/json",
                xml ? brokenXml() : brokenJson());
    }

    private List<Supplier<Probe>> generators() {
        List<Supplier<Probe>> g = new ArrayList<>();
        g.add(() -> new Probe("GET", "/API/item/" + badId() + "?content=metadata", null, null));
        g.add(() -> new Probe("GET", "/API/job/" + badId(), null, null));
        g.add(() -> new Probe("DELETE", "/API/job/" + badId(), null, null));
        g.add(() -> new Probe("GET", "/API/item/" + badId() + "/sequence/vidispine", null, null));
        g.add(
                () ->
                        new Probe(
                                "POST",
                                "/API/item/" + badId() + "/sequence/render?tag=lowres",
                                null,
                                null));
        g.add(() -> new Probe("GET", "/API/item?number=" + enc(junk(6)) + "x", null, null));
        g.add(() -> new Probe("GET", "/API/item?first=-" + random.nextInt(10), null, null));
        g.add(() -> new Probe("GET", "/API/item?cursor=" + enc("z" + junk(10)), null, null));
        g.add(() -> new Probe("GET", "/API/job?state=" + enc("X" + junk(8)), null, null));
        g.add(() -> new Probe("GET", "/API/job?sort=" + enc("nonsense" + junk(5)), null, null));
        g.add(() -> new Probe("GET", "/API/job?number=99999999999", null, null));
        g.add(() -> new Probe("GET", "/API/token?seconds=" + enc(junk(5)) + "s", null, null));
        g.add(
                () ->
                        new Probe(
                                "GET",
                                "/API/item/VX-4/sequence/export?type=" + enc("t" + junk(6)),
                                null,
                                null));
        g.add(
                () ->
                        new Probe(
                                "GET",
                                "/API/item/VX-4/sequence/export?type=finalcut&dryRun="
                                        + enc("maybe" + junk(3)),
                                null,
                                null));
        g.add(
                () ->
                        new Probe(
                                "GET",
                                "/API/item/VX-4/sequence/export?type=finalcut&storage="
                                        + enc("novalue" + junk(4)),
                                null,
                                null));
        g.add(
                () ->
                        new Probe(
                                "POST",
                                "/API/item/VX-4/sequence/export?type=finalcut&uri="
                                        + enc("file:///etc/" + junk(6)),
                                null,
                                null));
        g.add(
                () ->
                        new Probe(
                                "POST",
                                "/API/item/VX-4/sequence/render?tag="
                                        + enc("no-such-tag-" + junk(4)),
                                null,
                                null));
        g.add(
                () ->
                        new Probe(
                                "POST",
                                "/API/item/VX-4/sequence/render?tag=lowres&priority="
                                        + enc("P" + junk(4)),
                                null,
                                null));
        g.add(
                () ->
                        new Probe(
                                "POST",
                                "/API/item/VX-4/sequence/render?tag=lowres&jobmetadata="
                                        + enc("noequals" + junk(3).replace("=", "")),
                                null,
                                null));
        g.add(
                () ->
                        new Probe(
                                "PUT",
                                "/API/item/VX-4/sequence/" + enc("bad format " + junk(4)),
                                "application/xml",
                                "<x/>".getBytes(StandardCharsets.UTF_8)));
        g.add(() -> body("PUT", "/API/item/VX-1/metadata"));
        g.add(() -> body("PUT", "/API/item"));
        g.add(() -> body("PUT", "/API/item/VX-4/sequence/vidispine"));
        g.add(() -> body("POST", "/API/sequence/render?tag=lowres"));
        g.add(() -> body("POST", "/API/sequence/export?type=finalcut"));
        g.add(() -> body("PUT", "/API/shape-tag/fuzz"));
        g.add(() -> body("POST", "/API/notification"));
        g.add(() -> body("POST", "/API/job/notification"));
        g.add(() -> body("PUT", "/API/job/notification/VX-1"));
        g.add(() -> body("POST", "/API/job/" + badId() + "/notification"));
        g.add(() -> new Probe("GET", "/API/job/notification/" + badId(), null, null));
        g.add(() -> new Probe("GET", "/API/item?q=" + enc("{{" + junk(12)), null, null));
        g.add(
                () ->
                        new Probe(
                                "POST",
                                "/API/job?type=NONE&notification=" + enc("n" + junk(6)),
                                null,
                                null));
        g.add(
                () ->
                        new Probe(
                                "PUT",
                                "/API/item",
                                "application/json",
                                ("{\"operator\":[{\"operation\":\"AND\",\"operator\":["
                                                        .repeat(20 + random.nextInt(60))
                                                + "{\"operation\":\""
                                                + junk(3)
                                                + "\"}")
                                        .getBytes(StandardCharsets.UTF_8)));
        g.add(() -> new Probe("PUT", "/API/item/VX-1/metadata", "application/json", new byte[0]));
        g.add(() -> new Probe("PATCH", "/API/item/VX-1", null, null));
        g.add(() -> new Probe("GET", "/API/item/..%2F..%2F..%2Fetc%2Fpasswd", null, null));
        g.add(
                () ->
                        new Probe(
                                "GET",
                                "/API/thumbnail/VX-1/VX-1/" + enc("../../" + junk(5)),
                                null,
                                null));
        g.add(() -> new Probe("GET", "/API/%2e%2e/%2e%2e/etc/passwd", null, null));
        g.add(() -> new Probe("GET", "/API/no-such-resource/" + enc(junk(8)), null, null));
        g.add(
                () ->
                        new Probe(
                                "GET",
                                "/API/item;" + enc(junk(4)).replace(";", "") + "=;;number=x",
                                null,
                                null));
        g.add(() -> new Probe("GET", "/API//item//VX-1//" + enc(junk(3)), null, null));
        g.add(
                () ->
                        random.nextInt(100) == 0
                                ? new Probe(
                                        "PUT",
                                        "/API/item/VX-1/metadata",
                                        "application/json",
                                        new byte[33 * 1024 * 1024])
                                : new Probe(
                                        "PUT",
                                        "/API/item/VX-1/metadata",
                                        "application/xml",
                                        ("<MetadataDocument "
                                                        + NS
                                                        + ">"
                                                        + "<group>g</group>".repeat(1000))
                                                .getBytes(StandardCharsets.UTF_8)));
        return g;
    }
}

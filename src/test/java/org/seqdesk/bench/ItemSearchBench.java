package org.seqdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.sandbox.store.ItemQuery;

/**
 * Title search over a large sandbox: fills a sandbox database with {@code N} items (titles of three
 * to five words from a 2,000-word vocabulary, so a word matches about 0.2 % of the items), then
 * times the first page (100 hits, with the total) of one-word and two-word searches, in the store
 * and over HTTP on loopback ({@code PUT /API/item}).
 *
 * <p>Run: {@code java -cp ... org.seqdesk.bench.ItemSearchBench [items] [dataDir]}; the database is
 * kept in {@code dataDir} and reused when it already holds the items.
 */
public final class ItemSearchBench {
    private static final int VOCABULARY = 2000;

    private ItemSearchBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-items");
        try (Sandbox sandbox =
                Sandbox.start(SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.NONE))) {
            long have = sandbox.services().items().count();
            if (have < n) {
                fill(sandbox, (int) have, n);
            }
            report(
                    "store, 1 word",
                    time(
                            () ->
                                    sandbox.services()
                                            .items()
                                            .search(
                                                    new ItemQuery(
                                                            List.of(word(7)),
                                                            java.util.Map.of(),
                                                            1,
                                                            100,
                                                            null))
                                            .hits()));
            report(
                    "store, 2 words",
                    time(
                            () ->
                                    sandbox.services()
                                            .items()
                                            .search(
                                                    new ItemQuery(
                                                            List.of(word(7), word(11)),
                                                            java.util.Map.of(),
                                                            1,
                                                            100,
                                                            null))
                                            .hits()));
            report(
                    "store, all items",
                    time(() -> sandbox.services().items().search(ItemQuery.all(1, 100)).hits()));
            HttpClient client = HttpClient.newHttpClient();
            report(
                    "HTTP PUT /API/item, 1 word, 100 ids",
                    time(() -> http(client, sandbox, word(7))));
            report(
                    "HTTP PUT /API/item, 1 word, content=metadata",
                    time(() -> http(client, sandbox, word(7) + "?content=metadata")));
            report(
                    "HTTP PUT /API/item, 1 word AND NOT another",
                    time(
                            () ->
                                    httpDocument(
                                            client,
                                            sandbox,
                                            "{\"text\":[\""
                                                    + word(7)
                                                    + "\"],\"operator\":[{\"operation\":\"NOT\","
                                                    + "\"text\":[\""
                                                    + word(11)
                                                    + "\"]}]}")));
            report(
                    "HTTP PUT /API/item, 1 word, sorted by title",
                    time(
                            () ->
                                    httpDocument(
                                            client,
                                            sandbox,
                                            "{\"text\":[\""
                                                    + word(7)
                                                    + "\"],\"sort\":[{\"field\":\"title\","
                                                    + "\"order\":\"descending\"}]}")));
        }
    }

    static String word(int i) {
        return "w" + (i * 7919 % VOCABULARY);
    }

    /** The four title words of item {@code i}: {@code w0} to {@code w1999}, spread by primes. */
    private static final long[][] SPREAD = {{7919, 0}, {104729, 1}, {1299709, 2}, {15485863, 3}};

    /** Fills items {@code from + 1} to {@code n} inside the database, 100,000 per transaction. */
    private static void fill(Sandbox sandbox, int from, int n) {
        long started = System.nanoTime();
        for (long first = from + 1L; first <= n; first += 100_000) {
            long lo = first;
            long hi = Math.min(n, first + 99_999);
            sandbox.services()
                    .db()
                    .execute(
                            c -> {
                                try (var s = c.createStatement()) {
                                    StringBuilder title = new StringBuilder("CONCAT(");
                                    for (int k = 0; k < SPREAD.length; k++) {
                                        title.append(k == 0 ? "'w', " : ", ' w', ")
                                                .append(wordSql(k));
                                    }
                                    s.executeUpdate(
                                            "INSERT INTO item (id, title, created, owner) SELECT X,"
                                                    + " "
                                                    + title
                                                    + "), CURRENT_TIMESTAMP, 'admin' FROM"
                                                    + " SYSTEM_RANGE("
                                                    + lo
                                                    + ", "
                                                    + hi
                                                    + ")");
                                    for (int k = 0; k < SPREAD.length; k++) {
                                        s.executeUpdate(
                                                "MERGE INTO item_word (word, item_id) KEY (word,"
                                                        + " item_id) SELECT CONCAT('w', "
                                                        + wordSql(k)
                                                        + "), X FROM SYSTEM_RANGE("
                                                        + lo
                                                        + ", "
                                                        + hi
                                                        + ")");
                                    }
                                }
                            });
            System.out.printf(
                    "%d items (%d s)%n", hi, (System.nanoTime() - started) / 1_000_000_000);
        }
        sandbox.services()
                .db()
                .execute(
                        c -> {
                            try (var s = c.createStatement()) {
                                s.execute("ALTER SEQUENCE item_seq RESTART WITH " + (n + 1L));
                            }
                        });
    }

    private static String wordSql(int k) {
        return "MOD(X * " + SPREAD[k][0] + " + " + SPREAD[k][1] + ", " + VOCABULARY + ")";
    }

    private static long http(HttpClient client, Sandbox sandbox, String wordAndQuery) {
        String[] parts = wordAndQuery.split("\\?", 2);
        return put(
                client,
                sandbox.apiUrl() + "item" + (parts.length > 1 ? "?" + parts[1] : ""),
                "{\"text\":[\"" + parts[0] + "\"]}");
    }

    private static long httpDocument(HttpClient client, Sandbox sandbox, String document) {
        return put(client, sandbox.apiUrl() + "item", document);
    }

    private static long put(HttpClient client, String url, String document) {
        HttpRequest r =
                HttpRequest.newBuilder(URI.create(url))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "admin:admin"
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(document))
                        .build();
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString()).body().length();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    interface Op {
        long run();
    }

    /** Milliseconds of 30 runs after 10 warm-up runs. */
    private static double[] time(Op op) {
        for (int i = 0; i < 10; i++) {
            op.run();
        }
        double[] ms = new double[30];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            op.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] ms) {
        System.out.printf(
                "%-45s median %6.1f ms  p90 %6.1f ms  best %6.1f ms%n",
                what, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[0]);
    }
}

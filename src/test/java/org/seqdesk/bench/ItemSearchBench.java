package org.seqdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
        }
    }

    static String word(int i) {
        return "w" + Integer.toString(i * 7919 % VOCABULARY, 36) + "x";
    }

    private static void fill(Sandbox sandbox, int from, int n) {
        Random random = new Random(42);
        long started = System.nanoTime();
        int batch = 20_000;
        for (int first = from; first < n; first += batch) {
            int start = first;
            int end = Math.min(n, start + batch);
            sandbox.services()
                    .db()
                    .execute(
                            c -> {
                                try (PreparedStatement item =
                                                c.prepareStatement(
                                                        "INSERT INTO item (id, title, created,"
                                                                + " owner) VALUES (NEXT VALUE FOR"
                                                                + " item_seq, ?, ?, 'admin')",
                                                        new String[] {"id"});
                                        PreparedStatement words =
                                                c.prepareStatement(
                                                        "INSERT INTO item_word (word, item_id)"
                                                                + " VALUES (?, ?)")) {
                                    List<Set<String>> titles = new ArrayList<>();
                                    for (int i = start; i < end; i++) {
                                        Set<String> t = new LinkedHashSet<>();
                                        int count = 3 + random.nextInt(3);
                                        while (t.size() < count) {
                                            t.add(word(random.nextInt(VOCABULARY)));
                                        }
                                        titles.add(t);
                                        item.setString(1, String.join(" ", t));
                                        item.setTimestamp(2, Timestamp.from(Instant.now()));
                                        item.addBatch();
                                    }
                                    item.executeBatch();
                                    var keys = item.getGeneratedKeys();
                                    int k = 0;
                                    while (keys.next()) {
                                        for (String w : titles.get(k++)) {
                                            words.setString(1, w);
                                            words.setLong(2, keys.getLong(1));
                                            words.addBatch();
                                        }
                                    }
                                    words.executeBatch();
                                }
                            });
        }
        System.out.printf(
                "filled %d items in %d s%n",
                n - from, (System.nanoTime() - started) / 1_000_000_000);
    }

    private static long http(HttpClient client, Sandbox sandbox, String wordAndQuery) {
        String[] parts = wordAndQuery.split("\\?", 2);
        String url = sandbox.apiUrl() + "item" + (parts.length > 1 ? "?" + parts[1] : "");
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
                        .PUT(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"text\":[\"" + parts[0] + "\"]}"))
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

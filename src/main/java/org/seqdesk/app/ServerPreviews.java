package org.seqdesk.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import okhttp3.ResponseBody;
import org.seqdesk.api.Calls;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.doc.ItemDocument;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Titles and thumbnails from the server, each fetched once in the background and kept in a bounded
 * cache; callers waiting for the same item share one request.
 */
final class ServerPreviews implements ItemPreviews {
    private static final Logger LOG = LoggerFactory.getLogger(ServerPreviews.class);
    private static final int MAX_TITLES = 5000;
    private static final int MAX_IMAGES = 400;
    private static final double THUMB_HEIGHT = 64;

    private final VidiCoreClient client;
    private final TaskRunner runner;
    private final Map<String, String> titles = lru(MAX_TITLES);
    private final Map<String, Image> images = lru(MAX_IMAGES);
    private final Map<String, List<Consumer<String>>> titleWaiters = new HashMap<>();
    private final Map<String, List<Consumer<Image>>> imageWaiters = new HashMap<>();

    ServerPreviews(VidiCoreClient client, TaskRunner runner) {
        this.client = client;
        this.runner = runner;
    }

    private static <V> Map<String, V> lru(int max) {
        return Collections.synchronizedMap(
                new LinkedHashMap<>(64, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                        return size() > max;
                    }
                });
    }

    @Override
    public void title(String itemId, Consumer<String> ready) {
        String known = titles.get(itemId);
        if (known != null) {
            ready.accept(known);
        } else if (wait(titleWaiters, itemId, ready)) {
            runner.run(
                    () -> fetchTitle(itemId),
                    title -> deliver(titleWaiters, titles, itemId, title),
                    e -> failed(titleWaiters, itemId, e));
        }
    }

    @Override
    public void thumbnail(String itemId, Consumer<Image> ready) {
        Image known = images.get(itemId);
        if (known != null) {
            ready.accept(known);
        } else if (wait(imageWaiters, itemId, ready)) {
            runner.run(
                    () -> fetchImage(itemId),
                    image ->
                            image.ifPresentOrElse(
                                    i -> deliver(imageWaiters, images, itemId, i),
                                    () -> imageWaiters.remove(itemId)),
                    e -> failed(imageWaiters, itemId, e));
        }
    }

    /** Adds a waiter; true when it is the first, so a request must start. */
    private static <V> boolean wait(
            Map<String, List<Consumer<V>>> waiters, String id, Consumer<V> c) {
        List<Consumer<V>> list = waiters.computeIfAbsent(id, k -> new ArrayList<>());
        list.add(c);
        return list.size() == 1;
    }

    private static <V> void deliver(
            Map<String, List<Consumer<V>>> waiters, Map<String, V> cache, String id, V value) {
        cache.put(id, value);
        List<Consumer<V>> list = waiters.remove(id);
        if (list != null) {
            list.forEach(c -> c.accept(value));
        }
    }

    private static <V> void failed(Map<String, List<Consumer<V>>> waiters, String id, Throwable e) {
        waiters.remove(id);
        LOG.debug("No preview for {}: {}", id, e.toString());
    }

    private String fetchTitle(String itemId) throws java.io.IOException {
        ItemDocument item = Calls.execute(client.items().get(itemId, "metadata", "title"));
        return item.metadataValue("title").orElse("");
    }

    private Optional<Image> fetchImage(String itemId) throws java.io.IOException {
        ItemDocument item = Calls.execute(client.items().get(itemId, "thumbnail", null));
        if (item.thumbnailUris().isEmpty()) {
            return Optional.empty();
        }
        try (ResponseBody body =
                        Calls.execute(client.thumbnails().fetch(item.thumbnailUris().get(0)));
                InputStream in = body.byteStream()) {
            Image image = new Image(in, 0, THUMB_HEIGHT, true, true);
            return image.isError() ? Optional.empty() : Optional.of(image);
        }
    }

    @Override
    public void forget(String itemId) {
        titles.remove(itemId);
        images.remove(itemId);
    }
}

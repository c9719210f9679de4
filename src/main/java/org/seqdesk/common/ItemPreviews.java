package org.seqdesk.common;

import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * Titles and thumbnails of items, fetched lazily and cached by the implementation. Screens ask only
 * for what they show; callbacks arrive on the UI thread, at most once per request, and not at all
 * when the item has no such thing.
 */
public interface ItemPreviews {
    /** Asks for the title of {@code itemId}. */
    void title(String itemId, Consumer<String> ready);

    /** Asks for a small picture of {@code itemId}. */
    void thumbnail(String itemId, Consumer<Image> ready);

    /** Drops what is kept of {@code itemId}, as after it changed: the next request asks again. */
    default void forget(String itemId) {}

    /** Previews that never answer, for screens shown without a server. */
    static ItemPreviews none() {
        return new ItemPreviews() {
            @Override
            public void title(String itemId, Consumer<String> ready) {}

            @Override
            public void thumbnail(String itemId, Consumer<Image> ready) {}
        };
    }
}

package org.seqdesk.sequences;

import java.util.function.Consumer;

/**
 * What the sequence list hands to other screens: the composition root connects export and render to
 * their own packages, and reveal to the item browser.
 */
public final class SequenceActions {
    private Consumer<SequenceEntry> export = e -> {};
    private Consumer<SequenceEntry> render = e -> {};
    private Consumer<String> reveal = id -> {};

    public void onExport(Consumer<SequenceEntry> action) {
        export = action;
    }

    public void onRender(Consumer<SequenceEntry> action) {
        render = action;
    }

    /** Called with a source item id when the user asks to see it in the browser. */
    public void onReveal(Consumer<String> action) {
        reveal = action;
    }

    void export(SequenceEntry entry) {
        export.accept(entry);
    }

    void render(SequenceEntry entry) {
        render.accept(entry);
    }

    void reveal(String itemId) {
        reveal.accept(itemId);
    }
}

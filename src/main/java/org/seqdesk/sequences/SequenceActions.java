package org.seqdesk.sequences;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.seqdesk.timeline.Sequence;

/**
 * What the sequence list hands to other screens: the composition root connects export and render to
 * their own packages, and reveal to the item browser.
 */
public final class SequenceActions {
    private Consumer<SequenceEntry> export = e -> {};
    private Consumer<SequenceEntry> render = e -> {};
    private Consumer<String> reveal = id -> {};
    private Consumer<String> metadataChanged = id -> {};
    private BiConsumer<Sequence, String> exportFile = (s, name) -> {};
    private BiConsumer<Sequence, String> renderFile = (s, name) -> {};

    public void onExport(Consumer<SequenceEntry> action) {
        export = action;
    }

    public void onRender(Consumer<SequenceEntry> action) {
        render = action;
    }

    /** Called with a sequence read from a file (not on the server) and the file's name. */
    public void onExportFile(BiConsumer<Sequence, String> action) {
        exportFile = action;
    }

    /** Called with a sequence read from a file (not on the server) and the file's name. */
    public void onRenderFile(BiConsumer<Sequence, String> action) {
        renderFile = action;
    }

    /** Called with a source item id when the user asks to see it in the browser. */
    public void onReveal(Consumer<String> action) {
        reveal = action;
    }

    /** Called with an item id after an action here changed that item's metadata. */
    public void onMetadataChanged(Consumer<String> action) {
        metadataChanged = action;
    }

    void metadataChanged(String itemId) {
        metadataChanged.accept(itemId);
    }

    void export(SequenceEntry entry) {
        export.accept(entry);
    }

    void render(SequenceEntry entry) {
        render.accept(entry);
    }

    /** Hands on a previewed file's sequence, if there is one that was read. */
    void exportPreview(LoadedSequence preview) {
        if (preview != null && preview.canUpload()) {
            exportFile.accept(preview.result().sequence().orElseThrow(), preview.fileName());
        }
    }

    void renderPreview(LoadedSequence preview) {
        if (preview != null && preview.canUpload()) {
            renderFile.accept(preview.result().sequence().orElseThrow(), preview.fileName());
        }
    }

    void reveal(String itemId) {
        reveal.accept(itemId);
    }
}

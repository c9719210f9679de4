package org.seqdesk.sequences;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.timeline.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the sequence screen shows: one document with its timeline, its reader's problems and its
 * indented text, and the last one opened from the server (what a later upload is checked against).
 */
final class ShownSequence {
    private static final Logger LOG = LoggerFactory.getLogger(ShownSequence.class);

    private final TaskRunner runner;
    private final TimelineViewModel timeline;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper document = new ReadOnlyStringWrapper(this, "document", "");
    private final ReadOnlyObjectWrapper<LoadedSequence> loaded = new ReadOnlyObjectWrapper<>();
    private LoadedSequence lastOpened;

    ShownSequence(TaskRunner runner, TimelineViewModel timeline) {
        this.runner = runner;
        this.timeline = timeline;
    }

    ObservableList<Problem> problems() {
        return problems;
    }

    ReadOnlyStringProperty documentProperty() {
        return document.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LoadedSequence> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    LoadedSequence get() {
        return loaded.get();
    }

    void show(LoadedSequence now) {
        loaded.set(now);
        if (!now.isPreview()) {
            lastOpened = now;
        }
        timeline.setSequence(now.result().sequence().orElse(null));
        problems.setAll(now.result().problems());
        document.set("");
        // Indenting a large document takes a while; the timeline does not wait for it.
        runner.run(
                () -> DocumentText.pretty(now.content()),
                text -> {
                    if (loaded.get() == now) {
                        document.set(text);
                    }
                },
                e -> LOG.debug("Could not indent the document", e));
        LOG.info("Showing {}", now.describe());
    }

    void clear() {
        loaded.set(null);
        timeline.setSequence(null);
        problems.clear();
        document.set("");
    }

    /** What the user last opened of that item and format, to tell whether it changed since. */
    byte[] baselineFor(String item, String format) {
        boolean same =
                lastOpened != null
                        && item != null
                        && item.equals(lastOpened.itemId())
                        && format.equals(lastOpened.formatId());
        return same ? lastOpened.content() : null;
    }
}

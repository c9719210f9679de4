package org.seqdesk.jobs;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Passes on the item a render wrote to when the render finishes, so a screen that shows that item
 * can read it again: it has new media, a duration and pictures now.
 */
final class RenderResults implements Consumer<JobEvent> {
    private final Consumer<String> changed;

    RenderResults(Consumer<String> changed) {
        this.changed = Objects.requireNonNull(changed);
    }

    @Override
    public void accept(JobEvent event) {
        boolean finished =
                event.kind() == JobEvent.Kind.FINISHED
                        || event.kind() == JobEvent.Kind.FINISHED_WITH_WARNINGS;
        String item = event.current().outputItem();
        if (finished && item != null && !item.isBlank()) {
            changed.accept(item);
        }
    }
}

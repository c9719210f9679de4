package org.seqdesk.app;

import javafx.application.HostServices;
import javafx.stage.Window;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.export.ExportModule;
import org.seqdesk.export.ExportTarget;

/**
 * The export feature as the composition root holds it: one per server connection. The sequence
 * list's "export…" request and File → Export… call {@link #open}.
 */
public final class ExportFeature {
    private final ExportModule module;

    public ExportFeature(
            VidiCoreClient client, BackgroundExecutor executor, HostServices hostServices) {
        this.module = ExportModule.create(client, executor.executor(), hostServices);
    }

    /** Opens the export dialog for a sequence stored on an item. */
    public void openItemSequence(Window owner, String itemId, String format) {
        module.open(owner, ExportTarget.item(itemId, format));
    }

    /** Opens the export dialog for any target, e.g. a sequence file not on the server. */
    public void open(Window owner, ExportTarget target) {
        module.open(owner, target);
    }
}

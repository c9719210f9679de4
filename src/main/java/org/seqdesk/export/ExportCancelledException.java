package org.seqdesk.export;

import java.io.IOException;

/** The user cancelled the export; whatever was partly written has been removed. */
public final class ExportCancelledException extends IOException {
    public ExportCancelledException() {
        super("export cancelled");
    }
}

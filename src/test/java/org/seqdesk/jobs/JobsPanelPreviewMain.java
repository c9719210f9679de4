package org.seqdesk.jobs;

import javafx.application.Application;

/** Starts {@link JobsPanelPreview}; a plain main class, as JavaFX needs on the class path. */
public final class JobsPanelPreviewMain {
    private JobsPanelPreviewMain() {}

    public static void main(String[] args) {
        Application.launch(JobsPanelPreview.class, args);
    }
}

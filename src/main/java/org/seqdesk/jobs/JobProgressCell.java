package org.seqdesk.jobs;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;

/** A progress bar that fills the cell; indeterminate while the server gives no progress. */
final class JobProgressCell extends TableCell<JobRow, JobSnapshot> {
    private final ProgressBar bar = new ProgressBar();

    JobProgressCell() {
        bar.setMaxWidth(Double.MAX_VALUE);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(JobSnapshot job, boolean empty) {
        super.updateItem(job, empty);
        if (empty || job == null) {
            setGraphic(null);
            return;
        }
        bar.setProgress(JobRow.progressValue(job));
        bar.getStyleClass().removeIf(c -> c.startsWith("job-"));
        bar.getStyleClass().add(JobTexts.styleClass(job.state()));
        setGraphic(bar);
    }
}

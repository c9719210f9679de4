package org.seqdesk.jobs;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;

/**
 * A job's state as an icon, a word and a colour: the word and the icon's shape carry it without
 * colour.
 */
final class JobStateCell extends TableCell<JobRow, JobState> {
    private final Tooltip reason = new Tooltip();

    JobStateCell() {
        reason.setWrapText(true);
        reason.setMaxWidth(480);
        getStyleClass().add("job-state-cell");
    }

    @Override
    protected void updateItem(JobState state, boolean empty) {
        super.updateItem(state, empty);
        getStyleClass().removeIf(c -> c.startsWith("job-") && !c.startsWith("job-state"));
        if (empty || state == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        JobRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row != null) {
            reason.setText(JobTexts.fullReason(row.job()));
            setTooltip(reason);
        }
        FontIcon symbol = Icons.of(icon(state));
        symbol.getStyleClass().add("job-state-symbol");
        setGraphic(symbol);
        setText(JobTexts.state(state));
        getStyleClass().add(JobTexts.styleClass(state));
    }

    /** The icon of a state, by the same groups as its colour. */
    static AppIcon icon(JobState state) {
        switch (JobTexts.styleClass(state)) {
            case "job-finished":
                return AppIcon.JOB_FINISHED;
            case "job-warning":
                return AppIcon.JOB_WARNING;
            case "job-failed":
                return AppIcon.JOB_FAILED;
            case "job-aborted":
                return AppIcon.JOB_ABORTED;
            case "job-waiting":
                return AppIcon.JOB_WAITING;
            default:
                return AppIcon.JOB_RUNNING;
        }
    }
}

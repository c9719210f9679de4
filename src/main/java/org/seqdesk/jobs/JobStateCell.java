package org.seqdesk.jobs;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.seqdesk.api.doc.JobState;

/** A job's state as a symbol, a word and a colour: the word and symbol carry it without colour. */
final class JobStateCell extends TableCell<JobRow, JobState> {
    private final Label symbol = new Label();
    private final Tooltip reason = new Tooltip();

    JobStateCell() {
        symbol.getStyleClass().add("job-state-symbol");
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
        symbol.setText(JobTexts.stateSymbol(state));
        setGraphic(symbol);
        setText(JobTexts.state(state));
        getStyleClass().add(JobTexts.styleClass(state));
    }
}

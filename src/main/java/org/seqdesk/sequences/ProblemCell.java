package org.seqdesk.sequences;

import javafx.scene.control.ListCell;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;
import org.seqdesk.timeline.Problem;

/**
 * One problem of a read: its severity as a word and a symbol, coloured by the theme's severity
 * palette ({@code problem-error}, {@code problem-warning}, {@code problem-info}).
 */
final class ProblemCell extends ListCell<Problem> {
    @Override
    protected void updateItem(Problem problem, boolean empty) {
        super.updateItem(problem, empty);
        getStyleClass().removeAll("problem-error", "problem-warning", "problem-info");
        if (empty || problem == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String severity;
        switch (problem.severity()) {
            case ERROR:
                severity = Messages.get("sequences.problem.error");
                getStyleClass().add("problem-error");
                setGraphic(Icons.of(AppIcon.SEVERITY_ERROR));
                break;
            case WARNING:
                severity = Messages.get("sequences.problem.warning");
                getStyleClass().add("problem-warning");
                setGraphic(Icons.of(AppIcon.SEVERITY_WARNING));
                break;
            default:
                severity = Messages.get("sequences.problem.info");
                getStyleClass().add("problem-info");
                setGraphic(Icons.of(AppIcon.SEVERITY_INFO));
                break;
        }
        setText(
                problem.location().isEmpty()
                        ? Messages.get("sequences.problem.line", severity, problem.message())
                        : Messages.get(
                                "sequences.problem.lineAt",
                                severity,
                                problem.location(),
                                problem.message()));
    }
}

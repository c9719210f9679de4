package org.seqdesk.jobs;

import java.time.Instant;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;

/** The job monitor panel: a toolbar of actions, the table of jobs, and a status line. */
public final class JobMonitorView {
    /** A column's width at the default text size, kept in its properties. */
    private static final String BASE_WIDTH = "seqdesk.baseWidth";

    private final JobMonitorViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<JobRow> table = new TableView<>();

    public JobMonitorView(JobMonitorViewModel model) {
        this.model = model;
        root.setId("jobMonitor");
        root.getStyleClass().add("job-monitor");
        root.getStylesheets().add(JobMonitorView.class.getResource("jobs.css").toExternalForm());
        root.setTop(toolbar());
        root.setCenter(table());
        root.setBottom(statusLine());
        model.setExplanationShower(this::showExplanation);
    }

    public Node node() {
        return root;
    }

    public TableView<JobRow> tableView() {
        return table;
    }

    /**
     * The actions and the "show all" choice in rows that wrap: at large text sizes a tool bar would
     * hide the last of them behind its overflow button.
     */
    private FlowPane toolbar() {
        CheckBox all = new CheckBox(Messages.get("jobs.showAll"));
        all.setId("jobsShowAll");
        all.setAccessibleHelp(Messages.get("jobs.showAll.help"));
        all.selectedProperty().bindBidirectional(model.showAllProperty());

        Button abort =
                button("jobsAbort", AppIcon.ABORT, "jobs.action.abort", model.canAbortProperty());
        abort.setOnAction(e -> askAbort());
        MenuButton priority = new MenuButton(Messages.get("jobs.action.priority"));
        priority.setId("jobsPriority");
        Icons.on(priority, AppIcon.PRIORITY);
        priority.setAccessibleHelp(Messages.get("jobs.action.priority.help"));
        priority.disableProperty().bind(model.canChangePriorityProperty().not());
        for (JobPriority p : JobPriority.values()) {
            MenuItem item = new MenuItem(Messages.get("jobs.priority." + p));
            item.setId("jobsPriority" + p);
            item.setOnAction(e -> model.changePriority(selected(), p));
            priority.getItems().add(item);
        }
        Button rerun =
                button("jobsRerun", AppIcon.RERUN, "jobs.action.rerun", model.canRerunProperty());
        rerun.setOnAction(e -> model.rerun(selected()));
        Button open =
                button(
                        "jobsOpen",
                        AppIcon.OPEN_RESULT,
                        "jobs.action.open",
                        model.canOpenResultProperty());
        open.setOnAction(e -> model.openResult(selected()));
        Button why = button("jobsWhy", AppIcon.WHY, "jobs.action.why", model.canExplainProperty());
        why.setOnAction(e -> model.explainWaiting(selected()));

        all.fontProperty().addListener((o, old, now) -> widenColumns(now));
        FlowPane bar = new FlowPane(6, 4, abort, priority, rerun, open, why, all);
        bar.setId("jobsToolbar");
        bar.getStyleClass().add("tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(
            String id, AppIcon icon, String key, javafx.beans.binding.BooleanExpression enabled) {
        Button b = Icons.on(new Button(Messages.get(key)), icon);
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        b.setAccessibleHelp(Messages.get(key + ".tip"));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(enabled.not());
        return b;
    }

    private JobRow selected() {
        return model.selectedProperty().get();
    }

    private TableView<JobRow> table() {
        table.setId("jobsTable");
        table.setAccessibleText(Messages.get("jobs.table.name"));
        table.setItems(model.rows());
        table.setPlaceholder(new Label(Messages.get("jobs.empty")));
        // Columns keep their width and the table scrolls sideways: squeezed columns hid their text.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Both ways: the model selects the new job after a re-run.
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty()
                .addListener(
                        (o, old, now) -> {
                            if (now != table.getSelectionModel().getSelectedItem()) {
                                table.getSelectionModel().select(now);
                            }
                        });
        table.getColumns().add(stateColumn());
        table.getColumns().add(textColumn("job", 160, JobMonitorView::title));
        table.getColumns().add(progressColumn());
        table.getColumns().add(textColumn("step", 200, JobRow::stepProperty));
        table.getColumns().add(textColumn("started", 85, r -> jobText(r, j -> time(j.started()))));
        table.getColumns()
                .add(textColumn("finished", 85, r -> jobText(r, j -> time(j.finished()))));
        table.getColumns().add(textColumn("duration", 75, JobRow::elapsedProperty));
        table.getColumns().add(textColumn("remaining", 75, JobRow::remainingProperty));
        table.getColumns().add(textColumn("item", 70, r -> jobText(r, JobSnapshot::sourceItem)));
        table.getColumns().add(textColumn("output", 70, r -> jobText(r, JobSnapshot::outputItem)));
        table.getColumns()
                .add(textColumn("priority", 80, r -> jobText(r, JobMonitorView::priority)));
        table.getColumns().add(textColumn("id", 70, r -> jobText(r, JobSnapshot::id)));
        return table;
    }

    /**
     * Widens the columns with the text size, read from a control that inherits the window's font,
     * so their titles and values stay readable at 125 to 200 %.
     */
    private void widenColumns(Font font) {
        double scale = Math.max(1, font.getSize() / Font.getDefault().getSize());
        for (TableColumn<JobRow, ?> c : table.getColumns()) {
            Object base = c.getProperties().get(BASE_WIDTH);
            if (base instanceof Double) {
                c.setPrefWidth((Double) base * scale);
            }
        }
    }

    private static <T> TableColumn<JobRow, T> sized(TableColumn<JobRow, T> column, double width) {
        column.getProperties().put(BASE_WIDTH, width);
        column.setPrefWidth(width);
        return column;
    }

    private static ObservableValue<String> title(JobRow row) {
        return Bindings.createStringBinding(
                () -> JobTexts.label(row.job(), row.titleProperty().get()),
                row.titleProperty(),
                row.jobProperty());
    }

    private static String time(Instant instant) {
        return JobTexts.time(instant);
    }

    private static String priority(JobSnapshot job) {
        return Messages.get("jobs.priority." + job.priority());
    }

    private static ObservableValue<String> jobText(JobRow row, Function<JobSnapshot, String> f) {
        return Bindings.createStringBinding(
                () -> {
                    String s = f.apply(row.job());
                    return s == null ? "" : s;
                },
                row.jobProperty());
    }

    private static TableColumn<JobRow, String> textColumn(
            String key, double width, Function<JobRow, ObservableValue<String>> value) {
        TableColumn<JobRow, String> c = new TableColumn<>(Messages.get("jobs.column." + key));
        c.setId("jobsColumn-" + key);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return sized(c, width);
    }

    private static TableColumn<JobRow, JobState> stateColumn() {
        TableColumn<JobRow, JobState> c = new TableColumn<>(Messages.get("jobs.column.state"));
        c.setId("jobsColumn-state");
        c.setCellValueFactory(cell -> cell.getValue().stateProperty());
        c.setCellFactory(col -> new JobStateCell());
        return sized(c, 130);
    }

    private static TableColumn<JobRow, JobSnapshot> progressColumn() {
        TableColumn<JobRow, JobSnapshot> c =
                new TableColumn<>(Messages.get("jobs.column.progress"));
        c.setId("jobsColumn-progress");
        c.setCellValueFactory(cell -> cell.getValue().jobProperty());
        c.setCellFactory(col -> new JobProgressCell());
        return sized(c, 120);
    }

    private Node statusLine() {
        Label status = new Label();
        status.setId("jobsStatus");
        status.textProperty()
                .bind(
                        Bindings.when(model.serverProblemProperty().isEmpty())
                                .then(model.messageProperty())
                                .otherwise(model.serverProblemProperty()));
        HBox line = new HBox(status);
        line.setPadding(new Insets(2, 8, 2, 8));
        line.getStyleClass().add("jobs-status");
        return line;
    }

    private void askAbort() {
        JobRow row = selected();
        if (row == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.setTitle(Messages.get("jobs.abort.title"));
        dialog.setHeaderText(
                Messages.get(
                        "jobs.abort.header", JobTexts.label(row.job(), row.titleProperty().get())));
        dialog.setContentText(Messages.get("jobs.abort.reason"));
        dialog.showAndWait().ifPresent(reason -> model.abort(row, reason));
    }

    private void showExplanation(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        alert.setTitle(Messages.get("jobs.why.title"));
        alert.setHeaderText(Messages.get("jobs.why.header"));
        alert.show();
    }
}

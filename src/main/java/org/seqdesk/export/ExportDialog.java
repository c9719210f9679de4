package org.seqdesk.export;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;

/** The export window: parameters, what the format loses, the dry-run report, progress, result. */
public final class ExportDialog {
    private static final Set<ExportViewModel.State> BUSY =
            EnumSet.of(
                    ExportViewModel.State.LOADING,
                    ExportViewModel.State.CHECKING,
                    ExportViewModel.State.EXPORTING);

    private final ExportViewModel model;
    private final Stage stage = new Stage();
    private final DryRunReportView report = new DryRunReportView();

    public ExportDialog(ExportViewModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(model.title());
        BorderPane root = new BorderPane();
        root.setPadding(new Insets(12));
        root.setCenter(center());
        root.setBottom(bottom());
        stage.setScene(new Scene(root, 780, 700));
        stage.setOnCloseRequest(e -> model.cancel());
        model.report().addListener((o, was, now) -> report.show(now));
    }

    public Stage stage() {
        return stage;
    }

    public ExportViewModel model() {
        return model;
    }

    /** Shows the window and starts loading the server's choices. */
    public void show() {
        stage.show();
        model.load();
    }

    private Node center() {
        Label header = new Label(model.title());
        header.getStyleClass().add("export-header");
        ExportFormView form = new ExportFormView(model.form(), model.suggestedName());
        form.disableProperty().bind(busy());
        Label lossesTitle = new Label();
        lossesTitle.setId("lossesTitle");
        lossesTitle
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        Messages.get(
                                                "export.losses.title", model.form().type().get()),
                                model.form().type()));
        lossesTitle.getStyleClass().add("export-section-title");
        VBox content =
                new VBox(10, header, report, result(), presets(), form, lossesTitle, losses());
        content.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node losses() {
        VBox box = lines(model.losses(), Messages.get("export.losses.none"));
        box.setId("lossesList");
        box.getStyleClass().add("export-losses");
        return box;
    }

    /** Wrapped bullet lines that follow {@code items}; {@code empty} shown when there are none. */
    private static VBox lines(ObservableList<String> items, String empty) {
        VBox box = new VBox(2);
        Runnable fill =
                () -> {
                    box.getChildren().clear();
                    if (items.isEmpty() && empty != null) {
                        box.getChildren().add(new Label(empty));
                    }
                    for (String item : items) {
                        Label line = new Label("• " + item);
                        line.setWrapText(true);
                        box.getChildren().add(line);
                    }
                };
        fill.run();
        items.addListener((ListChangeListener<String>) c -> fill.run());
        return box;
    }

    private Node presets() {
        ComboBox<String> names = new ComboBox<>(model.presetNames());
        names.setId("presetChoice");
        names.setAccessibleText(Messages.get("export.preset.label"));
        names.setPromptText(Messages.get("export.preset.choose"));
        names.setOnAction(e -> model.applyPreset(names.getValue()));
        TextField newName = new TextField();
        newName.setId("presetName");
        newName.setAccessibleText(Messages.get("export.preset.name"));
        newName.setPromptText(Messages.get("export.preset.name"));
        Button save = new Button(Messages.get("export.preset.save"));
        save.setId("savePresetButton");
        Icons.on(save, AppIcon.SAVE);
        save.setOnAction(e -> model.savePreset(newName.getText()));
        HBox row =
                new HBox(6, new Label(Messages.get("export.preset.label")), names, newName, save);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(busy());
        return row;
    }

    private Node result() {
        Label path = new Label();
        path.setId("resultPath");
        path.textProperty().bind(model.resultPath());
        path.setWrapText(true);
        Button open = new Button(Messages.get("export.result.openFolder"));
        open.setId("openFolderButton");
        Icons.on(open, AppIcon.FOLDER);
        open.setOnAction(e -> model.openFolder());
        HBox pathRow = new HBox(8, new Label(Messages.get("export.result.savedAs")), path, open);
        pathRow.setAlignment(Pos.CENTER_LEFT);
        VBox differences = lines(model.differences(), null);
        differences.setId("differencesList");
        differences.visibleProperty().bind(Bindings.isNotEmpty(model.differences()));
        differences.managedProperty().bind(differences.visibleProperty());
        VBox box = new VBox(6, pathRow, differences);
        box.setId("resultBox");
        box.getStyleClass().add("export-result");
        box.visibleProperty().bind(model.state().isEqualTo(ExportViewModel.State.SUCCEEDED));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node bottom() {
        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(model.progress());
        progress.visibleProperty().bind(busy());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("statusLabel");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        Button details = new Button(Messages.get("export.details"));
        details.setId("detailsButton");
        details.visibleProperty().bind(model.errorDetails().isNotEmpty());
        TextArea detailText = new TextArea();
        detailText.setId("detailsText");
        detailText.setEditable(false);
        detailText.setPrefRowCount(4);
        detailText.textProperty().bind(model.errorDetails());
        detailText.setVisible(false);
        detailText.managedProperty().bind(detailText.visibleProperty());
        details.setOnAction(e -> detailText.setVisible(!detailText.isVisible()));
        Button copyDetails = new Button(Messages.get("error.copyDetails"));
        copyDetails.setId("copyDetailsButton");
        copyDetails.visibleProperty().bind(detailText.visibleProperty());
        copyDetails.managedProperty().bind(copyDetails.visibleProperty());
        copyDetails.setOnAction(e -> copy(model.errorDetails().get(), null));
        HBox statusRow = new HBox(8, progress, status, details, copyDetails);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        VBox box = new VBox(8, statusRow, detailText, buttons());
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private Node buttons() {
        MenuButton curl = new MenuButton(Messages.get("export.curl"));
        curl.setId("curlButton");
        Icons.on(curl, AppIcon.CURL);
        MenuItem curlDry = new MenuItem(Messages.get("export.curl.dryRun"));
        curlDry.setOnAction(e -> copy(model.curl(true), "export.curl.copied"));
        MenuItem curlExport = new MenuItem(Messages.get("export.curl.export"));
        curlExport.setOnAction(e -> copy(model.curl(false), "export.curl.copied"));
        curl.getItems().addAll(curlDry, curlExport);
        Button cancel = button("cancelButton", "export.cancel", model::cancel);
        cancel.disableProperty()
                .bind(busy().not().and(model.state().isNotEqualTo(ExportViewModel.State.REVIEW)));
        Button anyway = button("exportAnywayButton", "export.exportAnyway", model::exportAnyway);
        anyway.visibleProperty().bind(model.state().isEqualTo(ExportViewModel.State.REVIEW));
        anyway.managedProperty().bind(anyway.visibleProperty());
        Button export = button("exportButton", "export.export", model::start);
        export.setDefaultButton(true);
        Icons.on(export, AppIcon.EXPORT);
        export.disableProperty().bind(busy());
        Button close = button("closeButton", "export.close", this::close);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, curl, spacer, cancel, anyway, export, close);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private void close() {
        model.cancel();
        stage.close();
    }

    private BooleanBinding busy() {
        return Bindings.createBooleanBinding(
                () -> BUSY.contains(model.state().get()), model.state());
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void copy(String text, String statusKey) {
        if (text == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        if (statusKey != null) {
            model.status().set(Messages.get(statusKey));
        }
    }
}

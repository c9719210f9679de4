package org.seqdesk.export;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;
import org.seqdesk.timeline.SequenceFormat;

/** The parameter fields of the export dialog, bound to an {@link ExportForm}. */
final class ExportFormView extends GridPane {
    private final ExportForm form;
    private final String suggestedName;
    private int row;

    ExportFormView(ExportForm form, String suggestedName) {
        this.form = form;
        this.suggestedName = suggestedName;
        setHgap(8);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
        addChoices();
        addMappings();
        addDestination();
    }

    private void addChoices() {
        ComboBox<String> type = editableCombo("typeField", form.type().get());
        type.getItems().setAll(ExportForm.TYPES);
        type.valueProperty().bindBidirectional(form.type());
        add("export.field.type", type);
        ComboBox<String> tag = editableCombo("tagField", form.tag().get());
        tag.setItems(form.tagChoices());
        tag.valueProperty().bindBidirectional(form.tag());
        tag.setPromptText(Messages.get("export.field.tag.prompt"));
        add("export.field.tag", tag);
        add(
                "export.field.shapeFormat",
                text("shapeFormatField", form.shapeFormat(), "export.field.shapeFormat.prompt"));
        add(
                "export.field.content",
                text("contentField", form.content(), "export.field.content.prompt"));
        CheckBox toSequence = new CheckBox(Messages.get("export.field.toSequence"));
        toSequence.setId("toSequenceField");
        toSequence.selectedProperty().bindBidirectional(form.toSequence());
        add(null, toSequence);
    }

    private static TextField text(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPromptText(Messages.get(prompt));
        field.setAccessibleHelp(Messages.get(prompt));
        return field;
    }

    private void addMappings() {
        TextArea storages = area("storagesField", "export.field.storages.prompt");
        storages.textProperty().bindBidirectional(form.storages());
        storages.setAccessibleText(Messages.get("export.field.storages"));
        storages.setAccessibleHelp(Messages.get("export.field.storages.prompt"));
        ComboBox<String> storageIds = new ComboBox<>(form.storageChoices());
        storageIds.setId("storageChoice");
        storageIds.setAccessibleText(Messages.get("export.field.storages.add"));
        storageIds.setPromptText(Messages.get("export.field.storages.add"));
        storageIds.setMinWidth(Region.USE_PREF_SIZE);
        storageIds.setOnAction(
                e -> {
                    String id = storageIds.getValue();
                    if (id != null) {
                        String now = storages.getText() == null ? "" : storages.getText();
                        String sep = now.isEmpty() || now.endsWith("\n") ? "" : "\n";
                        storages.setText(now + sep + id + "=");
                        storages.requestFocus();
                        storages.end();
                    }
                });
        HBox storageRow = new HBox(6, storages, storageIds);
        HBox.setHgrow(storages, Priority.ALWAYS);
        add("export.field.storages", storageRow);
        TextArea items = area("itemsField", "export.field.items.prompt");
        items.textProperty().bindBidirectional(form.items());
        add("export.field.items", items);
    }

    private void addDestination() {
        RadioButton toFile = new RadioButton(Messages.get("export.field.toFile"));
        toFile.setId("toFileChoice");
        RadioButton toUri = new RadioButton(Messages.get("export.field.toUri"));
        toUri.setId("toUriChoice");
        bindDestination(toFile, toUri);
        TextField file = new TextField();
        file.setId("fileField");
        file.setAccessibleText(Messages.get("export.field.file.name"));
        file.textProperty().bindBidirectional(form.file());
        file.disableProperty().bind(toUri.selectedProperty());
        Button choose = new Button(Messages.get("export.field.chooseFile"));
        choose.setId("chooseFileButton");
        Icons.on(choose, AppIcon.FOLDER);
        choose.disableProperty().bind(toUri.selectedProperty());
        choose.setOnAction(e -> chooseFile(getScene().getWindow()));
        HBox fileRow = new HBox(6, toFile, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        add("export.field.destination", fileRow);
        TextField uri = text("uriField", form.uri(), "export.field.uri.prompt");
        uri.disableProperty().bind(toFile.selectedProperty());
        uri.setAccessibleText(Messages.get("export.field.uri.name"));
        HBox uriRow = new HBox(6, toUri, uri);
        HBox.setHgrow(uri, Priority.ALWAYS);
        add(null, uriRow);
        CheckBox dryRun = new CheckBox(Messages.get("export.field.dryRunFirst"));
        dryRun.setId("dryRunFirstField");
        dryRun.selectedProperty().bindBidirectional(form.dryRunFirst());
        add(null, dryRun);
    }

    /** Keeps the two radio buttons and the form's destination in step, both ways. */
    private void bindDestination(RadioButton toFile, RadioButton toUri) {
        ToggleGroup group = new ToggleGroup();
        toFile.setToggleGroup(group);
        toUri.setToggleGroup(group);
        Runnable sync =
                () -> {
                    boolean uri = form.destination().get() == ExportSettings.Destination.URI;
                    group.selectToggle(uri ? toUri : toFile);
                };
        sync.run();
        form.destination().addListener((o, was, now) -> sync.run());
        group.selectedToggleProperty()
                .addListener(
                        (o, was, now) ->
                                form.destination()
                                        .set(
                                                now == toUri
                                                        ? ExportSettings.Destination.URI
                                                        : ExportSettings.Destination.FILE));
    }

    private void chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.chooser.title"));
        String extension =
                SequenceFormat.byId(form.type().get() == null ? "" : form.type().get())
                        .map(SequenceFormat::extension)
                        .orElse(".xml");
        chooser.setInitialFileName(suggestedName + extension);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(extension, "*" + extension));
        java.io.File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            form.file().set(chosen.getAbsolutePath());
        }
    }

    private static ComboBox<String> editableCombo(String id, String value) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.setValue(value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(2);
        area.setPromptText(Messages.get(prompt));
        area.setAccessibleHelp(Messages.get(prompt));
        return area;
    }

    private void add(String labelKey, javafx.scene.Node field) {
        if (labelKey != null) {
            Label label = new Label(Messages.get(labelKey));
            label.setLabelFor(field);
            label.setMinWidth(Region.USE_PREF_SIZE);
            add(label, 0, row);
        }
        add(field, 1, row);
        row++;
    }
}

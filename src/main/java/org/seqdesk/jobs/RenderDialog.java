package org.seqdesk.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;

/**
 * The render dialog. Its Render button sends the request and stays disabled until the server has
 * answered; the dialog closes when the job exists, and stays open with the reason when it does not.
 */
public final class RenderDialog {
    private final RenderViewModel model;
    private final Dialog<RenderWorkflow.Outcome> dialog = new Dialog<>();
    private final ButtonType render =
            new ButtonType(Messages.get("render.button"), ButtonBar.ButtonData.OK_DONE);

    /**
     * A dialog for {@code model}; {@code onSubmitted} hears of the job before the dialog closes.
     */
    public RenderDialog(
            RenderViewModel model, Window owner, Consumer<RenderWorkflow.Outcome> onSubmitted) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("render.title"));
        String title = model.source().title();
        dialog.setHeaderText(
                model.isItemRender()
                        ? Messages.get("render.header", title)
                        : Messages.get("render.headerStandalone", title));
        dialog.getDialogPane().getButtonTypes().addAll(render, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().setId("renderDialog");
        dialog.setResizable(true);
        Button button = (Button) dialog.getDialogPane().lookupButton(render);
        button.setId("renderButton");
        Icons.on(button, AppIcon.RENDER);
        button.disableProperty().bind(model.canSubmitProperty().not());
        button.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    model.submit();
                });
        dialog.setResultConverter(b -> null);
        model.setOnSubmitted(
                outcome -> {
                    onSubmitted.accept(outcome);
                    dialog.setResult(outcome);
                    dialog.close();
                });
    }

    /** Shows the dialog and loads the tags; returns at once. */
    public void show() {
        model.loadTags();
        dialog.show();
    }

    public Dialog<RenderWorkflow.Outcome> dialog() {
        return dialog;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.setPrefWidth(520);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        grid.add(tagList(), 0, 0, 2, 1);
        TextField sourceTag = text("renderSourceTag", model.sourceTagProperty());
        sourceTag.setPromptText(Messages.get("render.sourceTag.prompt"));
        List<Node[]> rows = new ArrayList<>();
        rows.add(row("render.sourceTag", sourceTag));
        rows.add(row("render.priority", priorityBox()));
        rows.add(row("render.original", text("renderOriginal", model.originalProperty())));
        rows.add(row("render.resource", text("renderResource", model.resourceProperty())));
        rows.add(
                row(
                        "render.destination",
                        text("renderDestination", model.destinationItemProperty())));
        if (model.isItemRender()) {
            rows.add(
                    row(
                            "render.subtitles",
                            text("renderSubtitles", model.subtitleLanguageProperty())));
        }
        rows.add(
                row(
                        "render.notification",
                        text("renderNotification", model.notificationProperty())));
        rows.add(
                row(
                        "render.notificationData",
                        text("renderNotificationData", model.notificationDataProperty())));
        rows.add(row("render.jobMetadata", metadataArea()));
        for (int i = 0; i < rows.size(); i++) {
            grid.addRow(i + 1, rows.get(i));
        }
        grid.add(messageLabel(), 0, rows.size() + 1, 2, 1);
        return grid;
    }

    private static Node[] row(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        return new Node[] {label, field};
    }

    private static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private TextArea metadataArea() {
        TextArea metadata = new TextArea();
        metadata.setId("renderJobMetadata");
        metadata.setPrefRowCount(3);
        metadata.setPromptText(Messages.get("render.jobMetadata.prompt"));
        metadata.textProperty().bindBidirectional(model.jobMetadataProperty());
        return metadata;
    }

    /** The server's last word, or else what still keeps the Render button disabled. */
    private Label messageLabel() {
        Label message = new Label();
        message.setId("renderMessage");
        message.setWrapText(true);
        message.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> {
                                    String said = model.messageProperty().get();
                                    String problem = model.problem();
                                    return said.isEmpty() && problem != null ? problem : said;
                                },
                                model.messageProperty(),
                                model.canSubmitProperty()));
        return message;
    }

    private ComboBox<JobPriority> priorityBox() {
        ComboBox<JobPriority> box = new ComboBox<>();
        box.setId("renderPriority");
        box.getItems().setAll(JobPriority.values());
        box.valueProperty().bindBidirectional(model.priorityProperty());
        box.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(JobPriority p) {
                        return p == null ? "" : Messages.get("jobs.priority." + p);
                    }

                    @Override
                    public JobPriority fromString(String s) {
                        return JobPriority.parse(s);
                    }
                });
        return box;
    }

    private Node tagList() {
        ListView<ShapeTagOption> list = new ListView<>(model.availableTags());
        list.setId("renderTags");
        list.setAccessibleText(Messages.get("render.tags"));
        list.setAccessibleHelp(Messages.get("render.tags.help"));
        list.setPrefHeight(110);
        list.setCellFactory(v -> new TagCell());
        Label help = new Label(Messages.get("render.tags.help"));
        help.setWrapText(true);
        VBox box = new VBox(4, new Label(Messages.get("render.tags")), list, help);
        return box;
    }

    /** A tag with a check box; a tag the server cannot render to says why and cannot be chosen. */
    private final class TagCell extends ListCell<ShapeTagOption> {
        private final CheckBox box = new CheckBox();

        TagCell() {
            box.setOnAction(e -> model.choose(getItem().name(), box.isSelected()));
        }

        @Override
        protected void updateItem(ShapeTagOption tag, boolean empty) {
            super.updateItem(tag, empty);
            if (empty || tag == null) {
                setGraphic(null);
                return;
            }
            box.setId("renderTag-" + tag.name());
            box.setSelected(model.chosenTags().contains(tag.name()));
            box.setDisable(!tag.renderable());
            box.setText(
                    tag.renderable()
                            ? tag.name()
                            : Messages.get(
                                    "render.tag.unrenderable",
                                    tag.name(),
                                    RenderViewModel.missingText(tag)));
            setGraphic(box);
        }
    }
}

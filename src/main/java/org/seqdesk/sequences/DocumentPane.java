package org.seqdesk.sequences;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;

/**
 * The document tab: the raw document, copied with a click, and edited and saved to the server for a
 * stored sequence. Edit and save carry ids that read-only connections hide.
 */
final class DocumentPane {
    private final DocumentEditor editor;

    DocumentPane(DocumentEditor editor) {
        this.editor = editor;
    }

    BorderPane build() {
        TextArea text = new TextArea();
        text.setId("documentText");
        text.setAccessibleText(Messages.get("sequences.document.name"));
        text.getStyleClass().add("document-text");
        text.textProperty().bindBidirectional(editor.textProperty());
        text.editableProperty().bind(editor.editingProperty());
        Label error = new Label();
        error.setId("documentError");
        error.getStyleClass().addAll("view-message", "error");
        error.setWrapText(true);
        error.textProperty().bind(editor.errorProperty());
        error.visibleProperty().bind(editor.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        BorderPane pane = new BorderPane(text);
        pane.setTop(new VBox(toolbar(text), error));
        return pane;
    }

    private ToolBar toolbar(TextArea text) {
        Button copy = button("copyDocument", "sequences.document.copy", AppIcon.COPY);
        copy.disableProperty().bind(editor.textProperty().isEmpty());
        copy.setOnAction(
                e -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(editor.textProperty().get());
                    Clipboard.getSystemClipboard().setContent(content);
                });
        Button edit = button("editDocument", "sequences.document.edit", AppIcon.EDIT);
        edit.disableProperty().bind(editor.editableProperty().not().or(editor.editingProperty()));
        edit.setOnAction(
                e -> {
                    editor.edit();
                    text.requestFocus();
                });
        Button save = button("saveDocument", "sequences.document.save", AppIcon.SAVE);
        Button cancel = button("cancelDocument", "sequences.document.cancel", AppIcon.DISCARD);
        for (Button b : List.of(save, cancel)) {
            b.visibleProperty().bind(editor.editingProperty());
            b.managedProperty().bind(editor.editingProperty());
        }
        save.setOnAction(e -> editor.save());
        cancel.setOnAction(e -> editor.cancel());
        return new ToolBar(copy, edit, save, cancel);
    }

    private static Button button(String id, String key, AppIcon icon) {
        Button b = Icons.on(new Button(Messages.get(key)), icon);
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        return b;
    }
}

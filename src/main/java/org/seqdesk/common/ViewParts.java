package org.seqdesk.common;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The pieces the screens share: the app's stylesheet, a titled pane, the message line. */
public final class ViewParts {
    static final String STYLESHEET = "/org/seqdesk/app/seqdesk.css";

    private ViewParts() {}

    /** Gives {@code view} the app's stylesheet, so it looks right on its own too. */
    public static void styled(Parent view) {
        view.getStylesheets()
                .add(
                        Objects.requireNonNull(ViewParts.class.getResource(STYLESHEET))
                                .toExternalForm());
    }

    /** {@code content} under a title row, taking all the height left. */
    public static VBox titled(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-title");
        label.setLabelFor(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return new VBox(2, label, content);
    }

    /** A line that shows what happened last, marked as an error while {@code failed} holds. */
    public static Label messageLine(
            String id, ObservableStringValue text, ObservableBooleanValue failed) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("view-message");
        message.setWrapText(true);
        message.textProperty().bind(text);
        failed.addListener((o, old, now) -> markError(message, now));
        markError(message, failed.get());
        return message;
    }

    private static void markError(Label message, boolean error) {
        message.getStyleClass().remove("error");
        if (error) {
            message.getStyleClass().add("error");
        }
    }
}

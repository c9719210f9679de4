package org.seqdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ViewPartsTest {
    @Start
    void start(Stage stage) {}

    @Test
    void theMessageLineFollowsItsTextAndIsMarkedOnlyWhileFailed() {
        SimpleStringProperty text = new SimpleStringProperty("3 items");
        SimpleBooleanProperty failed = new SimpleBooleanProperty(true);

        Label line = ViewParts.messageLine("someMessage", text, failed);

        assertThat(line.getId()).isEqualTo("someMessage");
        assertThat(line.getStyleClass()).contains("view-message", "error");
        failed.set(false);
        text.set("The server cannot be reached.");
        assertThat(line.getStyleClass()).contains("view-message").doesNotContain("error");
        assertThat(line.getText()).isEqualTo("The server cannot be reached.");
    }

    @Test
    void aTitledPaneNamesItsContentForScreenReaders() {
        ListView<String> list = new ListView<>();

        VBox pane = ViewParts.titled("Sequences", list);

        Label title = (Label) pane.getChildren().get(0);
        assertThat(title.getText()).isEqualTo("Sequences");
        assertThat(title.getLabelFor()).isSameAs(list);
        assertThat(VBox.getVgrow(list)).isEqualTo(javafx.scene.layout.Priority.ALWAYS);
    }
}

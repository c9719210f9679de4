package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Language stores the choice for the next start and says so in both languages. */
@ExtendWith(ApplicationExtension.class)
class LanguageMenuTest {
    @TempDir Path home;
    private Path file;
    private LanguageChoice languages;

    @Start
    void start(Stage stage) {
        file = home.resolve("preferences.properties");
        languages = new LanguageChoice(file);
        Menu view = new Menu("View");
        view.setId("viewMenu");
        view.getItems().add(languages.menu());
        stage.setScene(
                new Scene(new BorderPane(null, new MenuBar(view), null, null, null), 400, 300));
        stage.show();
    }

    @Test
    void choosingGermanIsKeptAndNeedsARestart(FxRobot robot) throws IOException {
        robot.clickOn("#viewMenu").clickOn("#languageMenu").clickOn("#language-GERMAN");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(languages.chosen()).isEqualTo(LanguageChoice.Language.GERMAN);
        assertThat(Files.readString(file)).contains("language=GERMAN");
        DialogPane note = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(note.getContentText())
                .contains("the next time it starts")
                .contains("beim n\u00e4chsten Start");
        robot.interact(() -> note.getScene().getWindow().hide());
    }
}

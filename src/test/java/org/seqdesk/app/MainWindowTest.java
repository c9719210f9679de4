package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir static Path home;

    @Start
    void start(Stage stage) {
        new MainWindow().show(stage, new WindowState(home.resolve("window.properties")));
    }

    @Test
    void showsItsAreasMenusAndStatusBar(FxRobot robot) {
        assertThat(robot.lookup("#browserArea").tryQuery()).isPresent();
        assertThat(robot.lookup("#sequencesArea").tryQuery()).isPresent();
        assertThat(robot.lookup("#jobsArea").tryQuery()).isPresent();
        MenuBar menus = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menus.getMenus())
                .extracting(m -> m.getId())
                .containsExactly("fileMenu", "serverMenu", "viewMenu", "helpMenu");
        assertThat(robot.lookup("#serverLabel").queryAs(Label.class).getText())
                .isEqualTo("Not connected");
    }
}

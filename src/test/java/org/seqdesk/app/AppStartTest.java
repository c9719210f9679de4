package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application, as a user does with no server configured, and finds its areas. */
class AppStartTest {
    @TempDir static Path home;

    private static javafx.application.Application app;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startTheApplication() throws Exception {
        System.setProperty("seqdesk.home", home.toString());
        System.setProperty("seqdesk.sandbox.demo", "MINIMAL");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SeqDeskApp.class);
    }

    @AfterAll
    static void stopTheApplication() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("seqdesk.home");
        System.clearProperty("seqdesk.sandbox.demo");
    }

    @Test
    void opensOnTheEmbeddedSandboxWithItsAreasAndMenus() throws Exception {
        WaitForAsyncUtils.waitFor(
                90,
                TimeUnit.SECONDS,
                () ->
                        robot.lookup("#browserTable").tryQuery().isPresent()
                                && !robot.lookup("#browserTable")
                                        .queryAs(TableView.class)
                                        .getItems()
                                        .isEmpty());

        assertThat(robot.lookup("#browserArea").tryQuery()).isPresent();
        assertThat(robot.lookup("#sequencesArea").tryQuery()).isPresent();
        assertThat(robot.lookup("#jobsArea").tryQuery()).isPresent();
        MenuBar menus = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menus.getMenus())
                .extracting(m -> m.getId())
                .contains("fileMenu", "serverMenu", "viewMenu", "helpMenu");
        assertThat(robot.lookup("#serverLabel").queryAs(Label.class).getText())
                .contains("127.0.0.1");
        assertThat(home.resolve("sandbox")).isDirectory();
    }
}

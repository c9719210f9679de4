package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.VidiCoreClientFactory;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.sandbox.store.ShapeTagPreset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The render dialog and the monitor on a real stage, against a real sandbox server. */
@ExtendWith(ApplicationExtension.class)
class RenderDialogFxTest {
    @TempDir static Path dir;
    private static Sandbox sandbox;
    private static VidiCoreClient client;
    private static ExecutorService background;
    private JobsModule module;

    @BeforeAll
    static void startServer() {
        sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(dir.resolve("server"))
                                .withDemo(SandboxConfig.DemoMode.MINIMAL));
        sandbox.services()
                .shapes()
                .putPreset(
                        new ShapeTagPreset("silent", "mp4", "h264", 300_000, 160, 90, null, null));
        client =
                VidiCoreClientFactory.create(
                        ClientConfig.builder(sandbox.apiUrl()).basicAuth("admin", "admin").build());
        background = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopServer() {
        background.shutdownNow();
        client.close();
        sandbox.stop();
    }

    @Start
    void start(Stage stage) {
        module = new JobsModule(TaskRunner.forFx(background), dir.resolve("home"));
        ApiJobService service = ApiJobService.on(client);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(module.node()), 1100, 400));
        stage.show();
        module.connect(service, service, sandbox.apiUrl(), stage, Clock.systemUTC());
    }

    @AfterEach
    void closeModule(FxRobot robot) {
        robot.interact(module::close);
    }

    @Test
    void aDoubleClickOnRenderStartsOneJobThatTheMonitorFollowsToTheEnd(FxRobot robot)
            throws Exception {
        robot.interact(
                () ->
                        module.openRenderDialog(
                                RenderSource.item("VX-4", "vidispine", "Simple cut")));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#renderTag-lowres").tryQuery().isPresent());
        assertThat(robot.lookup("#renderButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#renderTag-lowres");
        robot.doubleClickOn("#renderButton");

        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#renderDialog").tryQuery().isEmpty());
        assertThat(ApiJobService.on(client).list(JobQuery.mine(100))).hasSize(1);
        @SuppressWarnings("unchecked")
        TableView<JobRow> table = robot.lookup("#jobsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(
                90,
                TimeUnit.SECONDS,
                () ->
                        table.getItems().size() == 1
                                && table.getItems().get(0).job().state() == JobState.FINISHED);
        assertThat(table.getItems().get(0).titleProperty().get()).isEqualTo("Simple cut");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () ->
                        robot.lookup(".job-state-cell").queryAllAs(TableCell.class).stream()
                                .anyMatch(c -> "Finished".equals(c.getText())));
    }

    @Test
    void aTagTheServerCannotRenderToIsMarkedAndCannotBeChosen(FxRobot robot) throws Exception {
        robot.interact(
                () ->
                        module.openRenderDialog(
                                RenderSource.item("VX-4", "vidispine", "Simple cut")));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#renderTag-silent").tryQuery().isPresent());

        CheckBox silent = robot.lookup("#renderTag-silent").queryAs(CheckBox.class);
        CheckBox lowres = robot.lookup("#renderTag-lowres").queryAs(CheckBox.class);

        assertThat(silent.isDisabled()).isTrue();
        assertThat(silent.getText()).contains("silent").contains("no audio codec");
        assertThat(lowres.isDisabled()).isFalse();
        robot.interact(() -> silent.getScene().getWindow().hide());
    }
}

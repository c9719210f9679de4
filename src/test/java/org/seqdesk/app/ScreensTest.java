package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.browser.ItemRow;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.sequences.SequenceEntry;
import org.seqdesk.testing.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The browser and sequence screens in the main window, against a real sandbox on loopback. */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreensTest {
    private static final Path CORPUS = Path.of(System.getProperty("seqdesk.corpus"));

    @TempDir static Path home;
    private static Sandbox sandbox;
    private static BackgroundExecutor executor;
    private static boolean stopped;
    private Screens screens;

    @BeforeAll
    static void startSandbox() {
        sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(home.resolve("sandbox"))
                                .withDemo(SandboxConfig.DemoMode.MINIMAL)
                                .withFresh(true));
        executor = new BackgroundExecutor(2);
    }

    @AfterAll
    static void stopSandbox() {
        executor.close();
        if (!stopped) {
            sandbox.close();
        }
    }

    @Start
    void start(Stage stage) {
        MainWindow window = new MainWindow();
        window.show(stage, new WindowState(home.resolve("window.properties")));
        ServerConnection connection = ServerConnection.toSandbox(sandbox);
        screens = Screens.install(window, connection, TaskRunner.forFx(executor.executor()));
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup("#browserTable").queryAs(TableView.class);
    }

    private void search(FxRobot robot, String text) throws TimeoutException {
        robot.clickOn("#browserSearch").write(text);
        await(
                () -> {
                    TableView<ItemRow> t = table(robot);
                    return !t.getItems().isEmpty()
                            && !t.getItems().get(0).isLoading()
                            && t.getItems()
                                    .get(0)
                                    .title()
                                    .toLowerCase()
                                    .contains(text.toLowerCase());
                });
    }

    private void selectFirstRow(FxRobot robot) throws TimeoutException {
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        await(() -> !screens.sequences().itemIdProperty().get().isEmpty());
    }

    @Test
    @Order(1)
    void searchFindsADemoItem(FxRobot robot) throws TimeoutException {
        search(robot, "market");

        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(table(robot).getItems().get(0).title()).isEqualTo("Market square");
        assertThat(robot.lookup("#browserMessage").queryAs(Label.class).getText())
                .isEqualTo("1 item");
        Shots.save(robot.lookup("#browserTable").query().getScene().getRoot(), "main-search");
    }

    @Test
    @Order(2)
    void itsSequenceOpensAndTheTimelineShowsEverySegment(FxRobot robot) throws TimeoutException {
        search(robot, "simple cut");
        selectFirstRow(robot);
        ListView<?> list = robot.lookup("#sequenceList").queryAs(ListView.class);
        await(() -> !list.getItems().isEmpty());

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#openSequence");
        await(() -> screens.sequences().timeline().segmentCount() > 0);

        long itemNumber = Long.parseLong(screens.sequences().itemIdProperty().get().substring(3));
        int stored = sandbox.services().sequences().model(itemNumber).orElseThrow().segmentCount();
        assertThat(screens.sequences().timeline().segmentCount()).isEqualTo(stored);
        assertThat(robot.lookup("#timelineSummary").queryAs(Label.class).getText())
                .startsWith(stored + " segments");
        Shots.save(list.getScene().getRoot(), "main-timeline");

        robot.interact(() -> screens.sequences().timeline().selectFirst());
        String source = screens.sequences().timeline().selectedItemIdProperty().get();
        robot.clickOn("#revealSource");
        await(() -> screens.browser().selectedItemIdProperty().get().equals(source));
        assertThat(table(robot).getItems()).hasSize(1);
    }

    @Test
    @Order(3)
    void anEdlDroppedOnTheListBecomesASequenceOnceConfirmed(FxRobot robot) throws TimeoutException {
        search(robot, "harbour");
        selectFirstRow(robot);
        String item = screens.sequences().itemIdProperty().get();

        robot.interact(
                () ->
                        screens.sequences()
                                .previewFile(CORPUS.resolve("edl/otio_gap_test.edl"), item));
        await(() -> robot.lookup("#previewBanner").query().isVisible());
        assertThat(screens.sequences().entries())
                .extracting(SequenceEntry::format)
                .doesNotContain("edl");
        Shots.save(robot.lookup("#previewBanner").query().getScene().getRoot(), "main-preview");

        robot.clickOn("#uploadAsIs");
        await(() -> screens.sequences().entries().stream().anyMatch(e -> e.format().equals("edl")));

        long itemNumber = Long.parseLong(item.substring(3));
        assertThat(sandbox.services().sequences().find(itemNumber, "edl")).isPresent();
        ListView<?> list = robot.lookup("#sequenceList").queryAs(ListView.class);
        await(() -> list.getSelectionModel().getSelectedItem() != null);
        assertThat(((SequenceEntry) list.getSelectionModel().getSelectedItem()).format())
                .isEqualTo("edl");
        assertThat(robot.lookup("#deleteSequence").query().isDisabled()).isFalse();
    }

    @Test
    @Order(5)
    void conformAsksWhatItOverwritesThenRuns(FxRobot robot) throws TimeoutException {
        search(robot, "simple cut");
        selectFirstRow(robot);
        javafx.scene.Node conform = robot.lookup("#conformMetadata").query();
        await(() -> !conform.isDisabled());

        robot.clickOn(conform);
        AtomicReference<Button> go = new AtomicReference<>();
        await(
                () -> {
                    go.set(robot.lookup("Go ahead").tryQueryAs(Button.class).orElse(null));
                    return go.get() != null;
                });
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("overwritten");
        robot.clickOn(go.get());

        Label message = robot.lookup("#sequencesMessage").queryAs(Label.class);
        await(() -> message.getText().startsWith("Metadata of the source items was conformed"));
        // the conformed item now carries its sources' metadata, so later searches find it too
    }

    @Test
    @Order(4)
    void aSearchWithoutTheSelectedItemEmptiesTheSequencePanels(FxRobot robot)
            throws TimeoutException {
        search(robot, "simple cut");
        selectFirstRow(robot);
        ListView<?> list = robot.lookup("#sequenceList").queryAs(ListView.class);
        await(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        await(() -> screens.sequences().timeline().segmentCount() > 0);

        robot.interact(() -> screens.browser().queryProperty().set("market"));
        await(() -> screens.sequences().itemIdProperty().get().isEmpty());

        assertThat(screens.sequences().timeline().segmentCount()).isZero();
        assertThat(list.getItems()).isEmpty();
        assertThat(robot.lookup("#conformMetadata").query().isDisabled()).isTrue();
    }

    @Test
    @Order(6)
    void deleteAsksThenRemoves(FxRobot robot) throws TimeoutException {
        search(robot, "harbour");
        selectFirstRow(robot);
        ListView<?> list = robot.lookup("#sequenceList").queryAs(ListView.class);
        await(() -> !list.getItems().isEmpty());
        // the list may be reloaded once more as the item's sequences arrive: select until the
        // delete action is offered
        javafx.scene.Node delete = robot.lookup("#deleteSequence").query();
        await(
                () -> {
                    if (list.getSelectionModel().isEmpty()) {
                        robot.interact(() -> list.getSelectionModel().select(0));
                    }
                    return !delete.isDisabled();
                });

        robot.clickOn("#deleteSequence");
        AtomicReference<Button> go = new AtomicReference<>();
        await(
                () -> {
                    go.set(robot.lookup("Go ahead").tryQueryAs(Button.class).orElse(null));
                    return go.get() != null;
                });
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .startsWith("Delete the edl sequence");
        robot.clickOn(go.get());
        await(() -> list.getItems().isEmpty());

        long itemNumber = Long.parseLong(screens.sequences().itemIdProperty().get().substring(3));
        assertThat(sandbox.services().sequences().find(itemNumber, "edl")).isEmpty();
    }

    @Test
    @Order(7)
    void withTheServerStoppedTheUserSeesAMessageAndTheWindowResponds(FxRobot robot)
            throws TimeoutException {
        search(robot, "film");
        sandbox.stop();
        stopped = true;

        robot.clickOn("#browserRefresh");
        Label message = robot.lookup("#browserMessage").queryAs(Label.class);
        await(() -> message.getText().contains("cannot be reached"));
        assertThat(robot.lookup("#serverLabel").queryAs(Label.class).getText())
                .endsWith("(not answering)");

        robot.clickOn("#browserSearch").write(" reel");
        assertThat(robot.lookup("#browserSearch").queryAs(TextField.class).getText())
                .isEqualTo("film reel");
        Shots.save(message.getScene().getRoot(), "main-offline");
    }
}

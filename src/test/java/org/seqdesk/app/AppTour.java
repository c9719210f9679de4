package org.seqdesk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.seqdesk.browser.ItemRow;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.export.ExportModule;
import org.seqdesk.export.ExportSettingsStore;
import org.seqdesk.jobs.JobsModule;
import org.seqdesk.sandbox.Sandbox;
import org.seqdesk.sandbox.SandboxConfig;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app as {@link SeqDeskApp} wires it (themes, menus, browser, sequences, jobs, export and
 * render) against a sandbox on loopback, with steps to reach each main screen.
 */
final class AppTour {
    final MainWindow window = new MainWindow();
    final ThemeManager themes;
    final JobsModule jobs;
    final Screens screens;
    final Stage stage;
    final FxRobot robot = new FxRobot();
    private final Sandbox sandbox;
    private final BackgroundExecutor executor;

    /**
     * Starts a sandbox with the minimal demo content and shows the app on TestFX's primary stage,
     * with the demo item "simple cut" and its sequence selected. One per test class: {@link
     * #close()} stops it.
     */
    static AppTour start(Path home) throws Exception {
        Sandbox sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(home.resolve("sandbox"))
                                .withDemo(SandboxConfig.DemoMode.MINIMAL)
                                .withFresh(true));
        BackgroundExecutor executor = new BackgroundExecutor(2);
        Stage stage = FxToolkit.registerPrimaryStage();
        AppTour tour =
                WaitForAsyncUtils.waitForAsyncFx(
                        20_000, () -> new AppTour(stage, home, sandbox, executor));
        tour.selectItem("simple cut");
        return tour;
    }

    private AppTour(Stage stage, Path home, Sandbox sandbox, BackgroundExecutor executor) {
        this.stage = stage;
        this.sandbox = sandbox;
        this.executor = executor;
        themes = new ThemeManager(home.resolve("preferences.properties"), () -> false);
        KeyboardActions.install(window, themes);
        SeqDeskApp.addQuit(window);
        jobs = JobsModule.install(window, executor.executor(), home);
        themes.follow();
        window.show(stage, new WindowState(home.resolve("window.properties")));
        TaskRunner runner = TaskRunner.forFx(executor.executor());
        // Closing this connection would stop the shared sandbox: the test class stops it.
        ServerConnection connection = ServerConnection.toSandbox(sandbox);
        screens = Screens.install(window, connection, runner);
        ExportModule export =
                new ExportModule(
                        connection.client(),
                        runner,
                        new ExportSettingsStore(home.resolve("export.properties")),
                        folder -> {});
        screens.attach(jobs, export, stage);
    }

    /** The sandbox the app is connected to, for tests that add content of their own. */
    Sandbox sandbox() {
        return sandbox;
    }

    static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    TableView<Object> items() {
        return robot.lookup("#browserTable").queryAs(TableView.class);
    }

    /** Finds the demo item titled {@code words} and selects it: its sequences get listed. */
    void selectItem(String words) throws TimeoutException {
        robot.interact(() -> screens.browser().queryProperty().set(words));
        // The list still shows the last search's item until the new search answers.
        await(
                () ->
                        items().getItems().size() == 1
                                && items().getItems().get(0) instanceof ItemRow
                                && ((ItemRow) items().getItems().get(0))
                                        .title()
                                        .toLowerCase(Locale.ROOT)
                                        .contains(words.toLowerCase(Locale.ROOT))
                                && screens.browser().messageProperty().get().startsWith("1 "));
        robot.interact(() -> items().getSelectionModel().select(0));
        ListView<?> list = robot.lookup("#sequenceList").queryAs(ListView.class);
        await(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        await(() -> !robot.lookup("#openSequence").query().isDisabled());
    }

    /** Opens the selected sequence on the timeline tab. */
    void openSequence() throws TimeoutException {
        robot.interact(() -> robot.lookup("#openSequence").queryButton().fire());
        await(() -> screens.sequences().timeline().segmentCount() > 0);
    }

    /** The showing window whose scene's root matches, after waiting for it. */
    static Window window(Predicate<Scene> which) throws TimeoutException {
        await(() -> find(which) != null);
        return find(which);
    }

    private static Window find(Predicate<Scene> which) {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && which.test(w.getScene()))
                .findFirst()
                .orElse(null);
    }

    static Predicate<Scene> has(String selector) {
        return s -> s.getRoot().lookup(selector) != null;
    }

    /** Hides every window but the main one and goes back to the light theme. */
    void tidy() {
        robot.interact(
                () -> {
                    for (Window w : List.copyOf(Window.getWindows())) {
                        if (w != stage) {
                            w.hide();
                        }
                    }
                    themes.choiceProperty().set(ThemeManager.Choice.LIGHT);
                    themes.textSizeProperty().set(ThemeManager.TextSize.SYSTEM);
                });
    }

    void close() {
        tidy();
        robot.interact(jobs::close);
        // The primary stage is shared with later test classes: leave it empty and hidden.
        robot.interact(
                () -> {
                    stage.hide();
                    stage.setScene(null);
                });
        executor.close();
        sandbox.close();
    }
}

package org.seqdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.seqdesk.cli.VersionProvider;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.connection.ConnectionModule;
import org.seqdesk.export.ExportModule;
import org.seqdesk.jobs.JobsModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the composition root and shows the main window. */
public final class SeqDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(SeqDeskApp.class);

    private BackgroundExecutor executor;
    private Screens screens;
    private JobsModule jobs;
    private ConnectionModule connections;
    private boolean fileShown;

    static void launchApp(String[] args) {
        Application.launch(SeqDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ErrorReporter.install();
        Path preferences = AppDirs.dataDir().resolve("preferences.properties");
        LanguageChoice languages = new LanguageChoice(preferences);
        languages.applyAtStart();
        LOG.info("SeqDesk {} starting, data in {}", VersionProvider.version(), AppDirs.dataDir());
        executor = new BackgroundExecutor(4);
        MainWindow window = new MainWindow();
        jobs = JobsModule.install(window, executor.executor(), AppDirs.dataDir());
        ThemeManager themes = new ThemeManager(preferences);
        KeyboardActions.install(window, themes);
        addQuit(window);
        window.menu("viewMenu").getItems().add(languages.menu());
        window.addMenuItem("helpMenu", "aboutItem", "menu.help.about", null, SeqDeskApp::about);
        themes.follow();
        themes.probeSystem(TaskRunner.forFx(executor.executor()));
        addIcons(stage);
        window.show(stage, new WindowState(AppDirs.dataDir().resolve("window.properties")));
        logShown();
        connectScreens(window, stage);
    }

    /**
     * Puts Quit last in the File menu, after a separator, so that opening the menu and pressing
     * Enter does not quit.
     */
    static void addQuit(MainWindow window) {
        var items = window.menu("fileMenu").getItems();
        if (!items.isEmpty() && !(items.get(items.size() - 1) instanceof SeparatorMenuItem)) {
            items.add(new SeparatorMenuItem());
        }
        Icons.on(
                window.addMenuItem(
                        "fileMenu", "quitItem", "menu.file.quit", "Shortcut+Q", Platform::exit),
                AppIcon.QUIT);
    }

    /** The Server menu and its profiles; falls back to the plain connection if it fails. */
    private void connectScreens(MainWindow window, Stage stage) {
        try {
            connections =
                    ConnectionModule.install(
                            window,
                            executor.executor(),
                            AppDirs.dataDir(),
                            connection -> replaceScreens(window, stage, connection));
            connections.connectToLast();
        } catch (IOException e) {
            LOG.warn("Server profiles not readable; using the default server", e);
            Screens.start(window, executor, ready -> screensReady(ready, stage));
        }
    }

    /**
     * Fills the window from a new connection; the connection module has closed (or is closing) the
     * one it replaces.
     */
    private void replaceScreens(MainWindow window, Stage stage, ServerConnection connection) {
        TaskRunner runner = TaskRunner.forFx(executor.executor());
        screensReady(Screens.install(window, connection, runner), stage);
    }

    /** Connects export and render, and shows the file SeqDesk was started with, if any. */
    private void screensReady(Screens ready, Stage stage) {
        screens = ready;
        ExportModule export =
                ExportModule.create(
                        ready.connection().client(),
                        ready.connection().profileId(),
                        executor.executor(),
                        getHostServices());
        ready.attach(jobs, export, stage);
        if (!fileShown) {
            fileShown = true;
            Launcher.fileToOpen().ifPresent(file -> ready.sequences().previewFile(file, null));
        }
    }

    private static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in =
                    SeqDeskApp.class.getResourceAsStream("icons/seqdesk-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (IOException e) {
                LOG.debug("Icon {} not loaded", size, e);
            }
        }
    }

    /**
     * The line start-up checks and benchmarks wait for. With {@code -Dseqdesk.t0} (or {@code
     * SEQDESK_T0}) holding the epoch milliseconds when the launch began, it gives the time since.
     */
    private static void logShown() {
        String t0 = System.getProperty("seqdesk.t0", System.getenv("SEQDESK_T0"));
        try {
            if (t0 != null && !t0.isBlank()) {
                long ms = System.currentTimeMillis() - Long.parseLong(t0.trim());
                LOG.info("Main window shown, {} ms after launch", ms);
                return;
            }
        } catch (NumberFormatException e) {
            LOG.debug("seqdesk.t0 is not a number: {}", t0);
        }
        LOG.info("Main window shown");
    }

    private static void about() {
        aboutDialog().showAndWait();
    }

    static Alert aboutDialog() {
        Alert alert =
                new Alert(
                        Alert.AlertType.INFORMATION,
                        Messages.get("about.text", VersionProvider.version()));
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("app.title"));
        alert.getDialogPane().setId("aboutDialog");
        alert.getDialogPane().setAccessibleText(Messages.get("about.title"));
        return alert;
    }

    @Override
    public void stop() {
        if (connections != null) {
            connections.close();
        }
        if (screens != null) {
            screens.close();
        }
        if (jobs != null) {
            jobs.close();
        }
        if (executor != null) {
            executor.close();
        }
        LOG.info("SeqDesk stopped");
    }
}

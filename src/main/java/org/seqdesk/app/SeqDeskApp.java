package org.seqdesk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.seqdesk.cli.VersionProvider;
import org.seqdesk.common.Messages;
import org.seqdesk.jobs.JobsModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the composition root and shows the main window. */
public final class SeqDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(SeqDeskApp.class);

    private BackgroundExecutor executor;
    private JobsModule jobs;

    static void launchApp(String[] args) {
        Application.launch(SeqDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ErrorReporter.install();
        LOG.info("SeqDesk {} starting, data in {}", VersionProvider.version(), AppDirs.dataDir());
        executor = new BackgroundExecutor(4);
        MainWindow window = new MainWindow();
        jobs = JobsModule.install(window, executor.executor(), AppDirs.dataDir());
        // TODO(#8): call jobs.connect(client, stage) once the connection feature hands out a
        // client.
        window.addMenuItem("fileMenu", "quitItem", "menu.file.quit", "Shortcut+Q", Platform::exit);
        window.addMenuItem("helpMenu", "aboutItem", "menu.help.about", null, SeqDeskApp::about);
        window.show(stage, new WindowState(AppDirs.dataDir().resolve("window.properties")));
    }

    private static void about() {
        Alert alert =
                new Alert(
                        Alert.AlertType.INFORMATION,
                        Messages.get("about.text", VersionProvider.version()));
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("app.title"));
        alert.showAndWait();
    }

    @Override
    public void stop() {
        if (jobs != null) {
            jobs.close();
        }
        if (executor != null) {
            executor.close();
        }
        LOG.info("SeqDesk stopped");
    }
}

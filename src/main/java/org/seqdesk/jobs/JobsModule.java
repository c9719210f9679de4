package org.seqdesk.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.seqdesk.api.Auth;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.app.MainWindow;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;

/**
 * The jobs feature as the composition root sees it: the monitor panel for the main window, the
 * render dialog and the conform-metadata action, wired to one server at a time.
 */
public final class JobsModule implements AutoCloseable {
    private final TaskRunner runner;
    private final JobHistoryStore store;
    private final StackPane area = new StackPane();
    private final ExecutorPollScheduler scheduler = new ExecutorPollScheduler();
    private Consumer<String> itemOpener = id -> {};
    private Consumer<String> resultListener = id -> {};
    private Connected connected;

    /** The parts that exist while a server is connected. */
    private record Connected(
            RenderService renders,
            JobTracker tracker,
            JobHistory history,
            JobMonitorViewModel model,
            JobNotifier notifier,
            Window owner) {}

    public JobsModule(TaskRunner runner, Path dataDir) {
        this.runner = Objects.requireNonNull(runner);
        this.store = new JobHistoryStore(JobHistoryStore.defaultFile(dataDir));
        Label empty = new Label(Messages.get("main.jobs.empty"));
        empty.getStyleClass().add("empty-state");
        area.getChildren().setAll(empty);
        area.setId("jobsPanel");
    }

    /** Creates the module and puts its panel into the main window. */
    public static JobsModule install(MainWindow window, ExecutorService background, Path dataDir) {
        JobsModule module = new JobsModule(TaskRunner.forFx(background), dataDir);
        window.setJobs(module.node());
        return module;
    }

    public Node node() {
        return area;
    }

    /** Where "open result" sends an item id; the composition root reveals it in the browser. */
    public void setItemOpener(Consumer<String> opener) {
        this.itemOpener = Objects.requireNonNull(opener);
        if (connected != null) {
            connected.model().setItemOpener(opener);
        }
    }

    /**
     * Where the id of an item goes when a render into it finishes; the composition root has the
     * browser read it again. Set before {@link #connect}.
     */
    public void setResultListener(Consumer<String> listener) {
        this.resultListener = Objects.requireNonNull(listener);
    }

    /** Follows the jobs on the server {@code client} talks to. Call on the UI thread. */
    public void connect(VidiCoreClient client, Window owner) {
        connect(client, null, owner);
    }

    /**
     * As {@link #connect(VidiCoreClient, Window)}, keeping the history under the server profile
     * {@code profileId} when there is one: the embedded sandbox's address changes with its port at
     * every start, its profile does not.
     */
    public void connect(VidiCoreClient client, String profileId, Window owner) {
        ApiJobService service = ApiJobService.on(client);
        connect(service, service, historyKey(client.config(), profileId), owner, Clock.systemUTC());
    }

    /** The history key: the profile and user when the profile is known, else the server's. */
    static String historyKey(ClientConfig config, String profileId) {
        if (profileId == null) {
            return serverKey(config);
        }
        String user = user(config);
        String profile = "profile:" + profileId;
        return user == null ? profile : user + " @ " + profile;
    }

    /** The history key of a server and user: the API root, with the user when known. */
    static String serverKey(ClientConfig config) {
        String root = config.baseUrl().toString();
        String user = user(config);
        return user == null ? root : user + " @ " + root;
    }

    private static String user(ClientConfig config) {
        String user = config.runAs();
        if (user == null && config.auth() instanceof Auth.Basic) {
            user = ((Auth.Basic) config.auth()).user();
        }
        return user;
    }

    /**
     * Follows the jobs of {@code server}: shows the history of renders started there, re-attaches
     * them to the server's state and starts polling. Call on the UI thread.
     */
    public void connect(
            JobService jobs, RenderService renders, String server, Window owner, Clock clock) {
        disconnect();
        JobTracker tracker =
                new JobTracker(jobs, runner, scheduler, clock, PollingPolicy.standard());
        JobHistory history = new JobHistory(store, server, runner, clock);
        JobMonitorViewModel model = new JobMonitorViewModel(tracker, jobs, history, runner);
        model.setItemOpener(itemOpener);
        JobNotifier notifier = new DesktopJobNotifier(owner);
        tracker.addListener(history::onEvent);
        tracker.addListener(new RenderResults(id -> resultListener.accept(id)));
        tracker.addListener(
                e -> {
                    JobRow row = tracker.row(e.current().id());
                    if (row != null && row.isMine()) {
                        JobAlert.of(e, row.titleProperty().get()).ifPresent(notifier::show);
                    }
                });
        connected = new Connected(renders, tracker, history, model, notifier, owner);
        area.getChildren().setAll(new JobMonitorView(model).node());
        history.reattach(tracker, jobs);
        tracker.start();
    }

    /** Stops following the current server's jobs. */
    public void disconnect() {
        if (connected != null) {
            connected.tracker().close();
            connected = null;
        }
    }

    /** Opens the render dialog for {@code source}; the job joins the monitor when submitted. */
    public void openRenderDialog(RenderSource source) {
        Connected c = requireConnected();
        RenderViewModel model =
                new RenderViewModel(
                        source, c.renders(), new RenderWorkflow(c.renders(), c.history()), runner);
        new RenderDialog(model, c.owner(), o -> c.tracker().track(o.job(), o.title())).show();
    }

    /** Conforms the metadata of {@code itemId}; {@code shown} gets the outcome in words. */
    public void conformMetadata(String itemId, Consumer<ConformMetadataWorkflow.Outcome> shown) {
        Connected c = requireConnected();
        new ConformMetadataWorkflow(c.renders(), runner).run(itemId, shown);
    }

    /** Conforms the metadata of {@code itemId} and tells the user how it went. */
    public void conformMetadata(String itemId) {
        Connected c = requireConnected();
        conformMetadata(
                itemId,
                outcome -> {
                    c.model().messageProperty().set(outcome.message());
                    c.notifier().show(ConformMetadataWorkflow.alert(outcome));
                });
    }

    /** The tracker of the connected server, or null; for the composition root and tests. */
    public JobTracker tracker() {
        return connected == null ? null : connected.tracker();
    }

    public JobMonitorViewModel monitor() {
        return connected == null ? null : connected.model();
    }

    private Connected requireConnected() {
        if (connected == null) {
            throw new IllegalStateException("not connected to a server");
        }
        return connected;
    }

    @Override
    public void close() {
        disconnect();
        scheduler.close();
    }
}

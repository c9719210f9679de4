package org.seqdesk.app;

import java.util.Objects;
import javafx.stage.Window;
import javafx.util.Duration;
import org.seqdesk.api.ApiException;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.api.doc.SequenceDocuments;
import org.seqdesk.browser.ApiItemSource;
import org.seqdesk.browser.ItemBrowserView;
import org.seqdesk.browser.ItemBrowserViewModel;
import org.seqdesk.common.Debouncer;
import org.seqdesk.common.ErrorText;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.Messages;
import org.seqdesk.common.ServerStatus;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.export.ExportModule;
import org.seqdesk.export.ExportTarget;
import org.seqdesk.jobs.JobTexts;
import org.seqdesk.jobs.JobsModule;
import org.seqdesk.jobs.RenderSource;
import org.seqdesk.sequences.ApiSequenceStore;
import org.seqdesk.sequences.SequenceActions;
import org.seqdesk.sequences.SequenceEntry;
import org.seqdesk.sequences.SequenceListView;
import org.seqdesk.sequences.SequencesViewModel;
import org.seqdesk.sequences.TimelineViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the item browser and the sequence screens into the main window: the sequence list follows
 * the browser's selection, the timeline's "show source item" goes back to the browser. Export and
 * render are handed on through {@link #actions()}.
 */
public final class Screens implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Screens.class);
    static final String STYLESHEET = "/org/seqdesk/app/seqdesk.css";

    private final ServerConnection connection;
    private final ItemBrowserViewModel browser;
    private final SequencesViewModel sequences;
    private final SequenceActions actions;
    private final ItemPreviews previews;

    private Screens(
            ServerConnection connection,
            ItemBrowserViewModel browser,
            SequencesViewModel sequences,
            SequenceActions actions,
            ItemPreviews previews) {
        this.previews = previews;
        this.connection = connection;
        this.browser = browser;
        this.sequences = sequences;
        this.actions = actions;
    }

    /** Connects in the background, then fills the window; the window stays usable meanwhile. */
    public static void start(
            MainWindow window,
            BackgroundExecutor executor,
            java.util.function.Consumer<Screens> ready) {
        start(window, executor, ServerConnection::open, ready);
    }

    /**
     * Like {@link #start(MainWindow, BackgroundExecutor, java.util.function.Consumer)}, to the
     * server {@code opener} connects to (called on the background executor).
     */
    public static void start(
            MainWindow window,
            BackgroundExecutor executor,
            java.util.concurrent.Callable<ServerConnection> opener,
            java.util.function.Consumer<Screens> ready) {
        window.setServer(Messages.get("status.connecting"));
        TaskRunner runner = TaskRunner.forFx(executor.executor());
        runner.run(
                opener,
                connection -> ready.accept(install(window, connection, runner)),
                e -> {
                    LOG.warn("Could not connect", e);
                    window.setServer(Messages.get("status.notConnected"));
                    window.setMessage(ErrorText.of(e));
                });
    }

    /** Puts both screens into {@code window}, talking to {@code connection}. */
    public static Screens install(
            MainWindow window, ServerConnection connection, TaskRunner runner) {
        ApiErrorText.install();
        VidiCoreClient client = connection.client();
        ItemPreviews previews = new ServerPreviews(client, runner);
        ServerStatus status =
                new ServerStatus(
                        e ->
                                e instanceof ApiException.NetworkFailure
                                        || ServerStatus.isUnreachable(e));
        ItemBrowserViewModel browser =
                new ItemBrowserViewModel(
                        new ApiItemSource(client.items()),
                        runner,
                        Debouncer.fx(Duration.millis(300)),
                        status);
        SequenceActions actions = new SequenceActions();
        SequencesViewModel sequences =
                new SequencesViewModel(
                        new ApiSequenceStore(client.sequences(), connection::createItem),
                        runner,
                        SequenceListView.dialogsFor(window.root()),
                        actions,
                        new TimelineViewModel(previews),
                        status);
        browser.selectedItemIdProperty()
                .addListener((o, old, now) -> sequences.itemIdProperty().set(now));
        actions.onReveal(browser::reveal);
        actions.onMetadataChanged(browser::refreshMetadata);
        actions.onExport(e -> window.setMessage(Messages.get("main.export.unavailable")));
        actions.onRender(e -> window.setMessage(Messages.get("main.render.unavailable")));
        window.root()
                .getStylesheets()
                .add(
                        Objects.requireNonNull(Screens.class.getResource(STYLESHEET))
                                .toExternalForm());
        window.setBrowser(new ItemBrowserView(browser, previews));
        window.setSequences(new SequenceListView(sequences, previews));
        window.setServer(connection.label());
        status.reachableProperty()
                .addListener(
                        (o, was, up) ->
                                window.setServer(
                                        up
                                                ? connection.label()
                                                : Messages.get(
                                                        "status.unreachable", connection.label())));
        browser.refresh();
        return new Screens(connection, browser, sequences, actions, previews);
    }

    /**
     * Hands export and render to their packages and lets the job monitor reveal items in the
     * browser; {@code owner} is the window their dialogs belong to.
     */
    public void attach(JobsModule jobs, ExportModule export, Window owner) {
        jobs.setResultListener(
                itemId -> {
                    previews.forget(itemId);
                    browser.itemChanged(itemId);
                });
        jobs.connect(connection.client(), connection.profileId(), owner);
        if (owner.getScene() != null) {
            ReadOnlyMode.apply(owner.getScene().getRoot(), connection.isReadOnly());
        }
        jobs.setItemOpener(browser::reveal);
        actions.onRender(
                e -> jobs.openRenderDialog(RenderSource.item(e.itemId(), e.format(), title(e))));
        actions.onExport(e -> export.open(owner, ExportTarget.item(e.itemId(), e.format())));
        actions.onExportFile((seq, name) -> export.open(owner, ExportTarget.standalone(seq, name)));
        actions.onRenderFile(
                (seq, name) ->
                        jobs.openRenderDialog(
                                RenderSource.standalone(
                                        SequenceDocuments.toDocument(seq), "vidispine", name)));
    }

    private static String title(SequenceEntry entry) {
        return JobTexts.renderTitle(entry.format(), entry.itemId());
    }

    /** Where the export and render screens attach. */
    public SequenceActions actions() {
        return actions;
    }

    public ServerConnection connection() {
        return connection;
    }

    public ItemBrowserViewModel browser() {
        return browser;
    }

    public SequencesViewModel sequences() {
        return sequences;
    }

    @Override
    public void close() {
        connection.close();
    }
}

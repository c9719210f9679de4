package org.seqdesk.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.timeline.Problem;
import org.seqdesk.timeline.Sequence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export dialog's state and commands. Runs the {@link ExportWorkflow} through a {@link
 * TaskRunner}, so the UI thread never waits; holds no nodes.
 */
public final class ExportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);
    private static final long PROGRESS_STEP = 64 * 1024;

    /** Where the dialog is; the last three are the workflow's end states. */
    public enum State {
        LOADING,
        READY,
        CHECKING,
        REVIEW,
        EXPORTING,
        SUCCEEDED,
        CANCELLED,
        FAILED
    }

    /** Opens a folder in the desktop's file manager; blocking, called off the UI thread. */
    @FunctionalInterface
    public interface FolderOpener {
        void open(Path folder) throws IOException;
    }

    private final ExportWorkflow workflow;
    private final TaskRunner runner;
    private final ExportSettingsStore store;
    private final String serverKey;
    private final String fallbackKey;
    private final FolderOpener folderOpener;
    private final ExportForm form = new ExportForm();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty errorDetails = new SimpleStringProperty("");
    private final ObjectProperty<DryRunReport> report = new SimpleObjectProperty<>();
    private final ObservableList<String> losses = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty resultPath = new SimpleStringProperty("");
    private final ObservableList<String> differences = FXCollections.observableArrayList();
    private final ObservableList<String> presetNames = FXCollections.observableArrayList();
    private Sequence sequence;

    public ExportViewModel(
            ExportWorkflow workflow,
            TaskRunner runner,
            ExportSettingsStore store,
            String serverKey,
            FolderOpener folderOpener) {
        this(workflow, runner, store, serverKey, serverKey, folderOpener);
    }

    /**
     * A view model saving its settings under {@code serverKey} and reading them from there, or from
     * {@code fallbackKey} when nothing is saved under {@code serverKey} yet.
     */
    public ExportViewModel(
            ExportWorkflow workflow,
            TaskRunner runner,
            ExportSettingsStore store,
            String serverKey,
            String fallbackKey,
            FolderOpener folderOpener) {
        this.workflow = workflow;
        this.runner = runner;
        this.store = store;
        this.serverKey = serverKey;
        this.fallbackKey = fallbackKey;
        this.folderOpener = folderOpener;
        form.type().addListener((o, was, now) -> updateLosses());
    }

    public ExportForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<State> state() {
        return state;
    }

    /** One sentence on what happens or happened. */
    public StringProperty status() {
        return status;
    }

    /** Technical details of the last failure; empty when there is none. */
    public StringProperty errorDetails() {
        return errorDetails;
    }

    /** The problems of the last dry run (or of the export itself). */
    public ObjectProperty<DryRunReport> report() {
        return report;
    }

    /** What the chosen format cannot hold of this sequence, one sentence each. */
    public ObservableList<String> losses() {
        return losses;
    }

    /** 0..1 while downloading; -1 when the size is not known. */
    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty resultPath() {
        return resultPath;
    }

    /** How the file read back differs from the sequence; empty when it is the same. */
    public ObservableList<String> differences() {
        return differences;
    }

    public ObservableList<String> presetNames() {
        return presetNames;
    }

    public String title() {
        return Messages.get("export.title", workflow.target().label());
    }

    /** A file name (without extension) for the exported sequence. */
    public String suggestedName() {
        return workflow.target().label().replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    /** Loads the settings last used with this server, the presets, then the server's choices. */
    public void load() {
        state.set(State.LOADING);
        status.set(Messages.get("export.status.loading"));
        runner.run(
                () ->
                        new Loaded(
                                store.last(serverKey, fallbackKey),
                                store.presetNames(),
                                workflow.prepare()),
                this::loaded,
                this::failed);
    }

    private record Loaded(
            ExportSettings last, java.util.Set<String> presets, ExportWorkflow.Preparation prep) {}

    private void loaded(Loaded l) {
        form.apply(l.last());
        presetNames.setAll(l.presets());
        sequence = l.prep().sequence();
        form.tagChoices().setAll(l.prep().shapeTags());
        form.storageChoices().setAll(l.prep().storages());
        updateLosses();
        state.set(State.READY);
        status.set("");
    }

    /** Exports, after a dry run when the form asks for one. */
    public void start() {
        Optional<ExportSettings> settings = validSettings();
        if (settings.isEmpty()) {
            return;
        }
        remember(settings.get());
        report.set(null);
        differences.clear();
        if (settings.get().dryRunFirst()) {
            dryRun(settings.get());
        } else {
            export(settings.get());
        }
    }

    /** Exports although the dry run found problems. */
    public void exportAnyway() {
        validSettings().ifPresent(this::export);
    }

    /** Cancels what runs; from the review, gives up the export. */
    public void cancel() {
        State now = state.get();
        if (now == State.CHECKING || now == State.EXPORTING) {
            status.set(Messages.get("export.status.cancelling"));
            workflow.cancel();
        } else if (now == State.REVIEW) {
            state.set(State.CANCELLED);
            status.set(Messages.get("export.status.cancelled"));
        }
    }

    /** Back from the review or an end state to the form, to change settings. */
    public void edit() {
        if (state.get() != State.CHECKING && state.get() != State.EXPORTING) {
            state.set(State.READY);
        }
    }

    /** The {@code curl} command for the dry run or the export; null when the form is invalid. */
    public String curl(boolean dryRun) {
        ExportForm.Result r = form.read();
        if (!r.isValid()) {
            status.set(r.problem());
            return null;
        }
        return workflow.curl(r.settings(), dryRun);
    }

    public void savePreset(String name) {
        ExportForm.Result r = form.read();
        if (name == null || name.isBlank() || !r.isValid()) {
            status.set(r.isValid() ? Messages.get("export.invalid.presetName") : r.problem());
            return;
        }
        String clean = name.strip();
        runner.run(
                () -> {
                    store.savePreset(clean, r.settings());
                    return store.presetNames();
                },
                names -> {
                    presetNames.setAll(names);
                    status.set(Messages.get("export.status.presetSaved", clean));
                },
                this::failed);
    }

    public void applyPreset(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String file = form.file().get();
        runner.run(
                () -> store.preset(name),
                s -> {
                    form.apply(s.withFile(file));
                    status.set(Messages.get("export.status.presetApplied", name));
                },
                this::failed);
    }

    /** Opens the folder of the exported file, off the UI thread; a failure is said politely. */
    public void openFolder() {
        String path = resultPath.get();
        if (path == null || path.isBlank()) {
            return;
        }
        Path folder = Path.of(path).toAbsolutePath().getParent();
        runner.run(
                () -> {
                    folderOpener.open(folder);
                    return folder;
                },
                f -> {},
                e -> status.set(Messages.get("export.openFolder.failed", folder)));
    }

    private Optional<ExportSettings> validSettings() {
        ExportForm.Result r = form.read();
        if (!r.isValid()) {
            status.set(r.problem());
            return Optional.empty();
        }
        errorDetails.set("");
        return Optional.of(r.settings());
    }

    private void remember(ExportSettings settings) {
        runner.run(
                () -> {
                    store.saveLast(serverKey, settings);
                    return settings;
                },
                s -> {},
                e -> LOG.warn("Export settings not saved", e));
    }

    private void dryRun(ExportSettings settings) {
        state.set(State.CHECKING);
        status.set(Messages.get("export.status.checking"));
        workflow.begin();
        runner.run(
                () -> workflow.dryRun(settings, sequence), r -> checked(settings, r), this::failed);
    }

    private void checked(ExportSettings settings, DryRunReport r) {
        report.set(r);
        if (r.isEmpty()) {
            export(settings);
        } else {
            state.set(State.REVIEW);
            status.set(Messages.get("export.status.problems", r.size()));
        }
    }

    private void export(ExportSettings settings) {
        state.set(State.EXPORTING);
        progress.set(-1);
        workflow.begin();
        status.set(Messages.get("export.status.exporting"));
        AtomicLong posted = new AtomicLong(-PROGRESS_STEP);
        Download.Progress onProgress =
                (done, total) -> {
                    if (done - posted.get() >= PROGRESS_STEP || done == total) {
                        posted.set(done);
                        double value = total > 0 ? (double) done / total : -1;
                        runner.ui().execute(() -> progress.set(value));
                    }
                };
        runner.run(
                () -> workflow.export(settings, sequence, onProgress),
                this::exported,
                this::failed);
    }

    private void exported(ExportWorkflow.Outcome outcome) {
        progress.set(1);
        resultPath.set(outcome.destination());
        differences.setAll(outcome.differences());
        if (!outcome.problems().isEmpty()) {
            report.set(outcome.problems());
        }
        state.set(State.SUCCEEDED);
        if (!outcome.local()) {
            status.set(Messages.get("export.status.writtenByServer", outcome.destination()));
        } else if (!outcome.verified()) {
            status.set(Messages.get("export.status.savedUnverified"));
        } else if (outcome.differences().isEmpty()) {
            status.set(Messages.get("export.status.savedVerified"));
        } else {
            status.set(Messages.get("export.status.savedDifferent", outcome.differences().size()));
        }
    }

    private void failed(Throwable error) {
        if (error instanceof ExportCancelledException) {
            state.set(State.CANCELLED);
            status.set(Messages.get("export.status.cancelled"));
            return;
        }
        LOG.info("Export of {} failed: {}", workflow.target().label(), error.toString());
        LOG.debug("Export failure", error);
        errorDetails.set(ErrorText.details(error));
        status.set(ErrorText.sentence(error));
        state.set(State.FAILED);
    }

    private void updateLosses() {
        if (sequence == null) {
            losses.clear();
            return;
        }
        Optional<List<Problem>> found = ExportWorkflow.losses(sequence, form.type().get());
        if (found.isEmpty()) {
            losses.setAll(Messages.get("export.losses.unknown", form.type().get()));
            return;
        }
        losses.setAll(found.get().stream().map(ExportViewModel::lossText).toList());
    }

    private static String lossText(Problem p) {
        return p.location().isEmpty() ? p.message() : p.location() + ": " + p.message();
    }
}

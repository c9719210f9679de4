package org.seqdesk.sequences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.seqdesk.common.ErrorText;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.timeline.Problem;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.seqdesk.timeline.SequenceWriter;
import org.seqdesk.timeline.WriteResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sequences of one item and the one shown: fetched from the server, or read from a file the
 * user dropped or chose (a preview, not yet sent). Holds the timeline model, the reader's problems
 * and the pretty document; commands open, delete, conform, upload and hand export and render on.
 */
public final class SequencesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SequencesViewModel.class);

    private final SequenceStore store;
    private final TaskRunner runner;
    private final Decisions decisions;
    private final SequenceActions actions;
    private final TimelineViewModel timeline;
    private final SequenceUploadWorkflow upload;
    private final StringProperty itemId = new SimpleStringProperty(this, "itemId", "");
    private final ObservableList<SequenceEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<SequenceEntry> selected = new SimpleObjectProperty<>(this, "sel");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper document = new ReadOnlyStringWrapper(this, "document", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyObjectWrapper<LoadedSequence> loaded = new ReadOnlyObjectWrapper<>();
    private LoadedSequence lastOpened;
    private TaskRunner.Handle listing;
    private TaskRunner.Handle opening;

    public SequencesViewModel(
            SequenceStore store,
            TaskRunner runner,
            Decisions decisions,
            SequenceActions actions,
            TimelineViewModel timeline) {
        this.store = store;
        this.runner = runner;
        this.decisions = decisions;
        this.actions = actions;
        this.timeline = timeline;
        this.upload = new SequenceUploadWorkflow(store, runner, decisions);
        itemId.addListener((o, old, now) -> reload());
    }

    /** The item whose sequences are listed; set by whoever follows the browser's selection. */
    public StringProperty itemIdProperty() {
        return itemId;
    }

    public ObservableList<SequenceEntry> entries() {
        return entries;
    }

    public ObjectProperty<SequenceEntry> selectedProperty() {
        return selected;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** The shown document, indented. */
    public ReadOnlyStringProperty documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** What is shown, or null. */
    public ReadOnlyObjectProperty<LoadedSequence> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Lists the item's sequences again. */
    public void reload() {
        cancel(listing);
        entries.clear();
        String id = itemId.get();
        if (id == null || id.isBlank()) {
            say("");
            return;
        }
        listing =
                runner.run(
                        () -> store.list(id),
                        (List<SequenceEntry> list) -> listed(id, list),
                        e -> fail(e, "list"));
    }

    private void listed(String id, List<SequenceEntry> list) {
        if (!id.equals(itemId.get())) {
            return;
        }
        entries.setAll(list);
        say(Messages.get("sequences.list.count", list.size(), id));
    }

    /** Fetches a stored sequence, reads it and shows it. */
    public void open(SequenceEntry entry) {
        cancel(opening);
        say(Messages.get("sequences.opening", entry.format()));
        opening =
                runner.run(
                        () ->
                                LoadedSequence.read(
                                        entry, store.fetch(entry.itemId(), entry.format())),
                        this::show,
                        e -> fail(e, "open"));
    }

    /**
     * Reads an editing file and shows it as a preview, not yet sent anywhere.
     *
     * @param targetItem the item it would be stored on, or null for a new item
     */
    public void preview(String fileName, byte[] content, String targetItem) {
        cancel(opening);
        opening =
                runner.run(
                        () -> LoadedSequence.preview(fileName, content, targetItem),
                        this::show,
                        e -> fail(e, "read"));
    }

    /** Reads a file from disk in the background, then shows it as a preview. */
    public void previewFile(Path file, String targetItem) {
        cancel(opening);
        String name = file.getFileName().toString();
        opening =
                runner.run(
                        () -> LoadedSequence.preview(name, Files.readAllBytes(file), targetItem),
                        this::show,
                        e -> fail(e, "read"));
    }

    private void show(LoadedSequence now) {
        loaded.set(now);
        if (!now.isPreview()) {
            lastOpened = now;
        }
        timeline.setSequence(now.result().sequence().orElse(null));
        problems.setAll(now.result().problems());
        document.set("");
        say(now.summary());
        // Indenting a large document takes a while; the timeline does not wait for it.
        runner.run(
                () -> DocumentText.pretty(now.content()),
                text -> {
                    if (loaded.get() == now) {
                        document.set(text);
                    }
                },
                e -> LOG.debug("Could not indent the document", e));
        LOG.info("Showing {}", now.describe());
    }

    /** Sends the previewed file, in its own format or converted to vidispine. */
    public void uploadPreview(boolean convertToVidispine) {
        LoadedSequence preview = loaded.get();
        if (preview == null || !preview.isPreview()) {
            return;
        }
        Optional<byte[]> content =
                convertToVidispine ? converted(preview) : Optional.of(preview.content());
        if (content.isEmpty()) {
            return;
        }
        SequenceFormat format = convertToVidispine ? SequenceFormat.VIDISPINE : preview.format();
        byte[] baseline = baselineFor(preview.itemId(), format.id());
        upload.start(
                new SequenceUploadWorkflow.Request(
                        preview.itemId(),
                        preview.fileName(),
                        format.id(),
                        content.get(),
                        format.mediaType(),
                        baseline),
                this::uploaded);
    }

    /** What the user last opened of that item and format, to tell whether it changed since. */
    private byte[] baselineFor(String item, String format) {
        boolean same =
                lastOpened != null
                        && item != null
                        && item.equals(lastOpened.itemId())
                        && format.equals(lastOpened.formatId());
        return same ? lastOpened.content() : null;
    }

    /** Sends the document as the user may have edited it back to where it came from. */
    public void save(byte[] content) {
        LoadedSequence opened = loaded.get();
        if (opened == null || opened.isPreview()) {
            return;
        }
        SequenceFormat format =
                SequenceFormat.byId(opened.formatId()).orElse(SequenceFormat.VIDISPINE);
        upload.start(
                new SequenceUploadWorkflow.Request(
                        opened.itemId(),
                        "",
                        opened.formatId(),
                        content,
                        format.mediaType(),
                        opened.content()),
                this::uploaded);
    }

    private Optional<byte[]> converted(LoadedSequence preview) {
        Optional<SequenceWriter> writer = SequenceFormats.writer(SequenceFormat.VIDISPINE);
        if (preview.result().sequence().isEmpty() || writer.isEmpty()) {
            failed.set(true);
            message.set(Messages.get("sequences.upload.cannotConvert"));
            return Optional.empty();
        }
        WriteResult written = writer.get().write(preview.result().sequence().get());
        if (!written.losses().isEmpty() && !acceptLosses(preview, written.losses())) {
            say(Messages.get("sequences.upload.cancelled"));
            return Optional.empty();
        }
        return Optional.of(written.content());
    }

    /** A conversion that drops something is sent only once the user has seen what. */
    private boolean acceptLosses(LoadedSequence preview, List<Problem> losses) {
        StringBuilder list = new StringBuilder();
        losses.stream().limit(12).forEach(p -> list.append("\n\u2022 ").append(p.message()));
        if (losses.size() > 12) {
            list.append("\n\u2022 ")
                    .append(Messages.get("sequences.convert.more", losses.size() - 12));
        }
        return decisions.confirm(
                Messages.get("sequences.convert.title"),
                Messages.get("sequences.convert.losses", preview.fileName(), list.toString()));
    }

    private void uploaded(SequenceUploadWorkflow.Outcome outcome) {
        switch (outcome.status()) {
            case SUCCEEDED:
                say(Messages.get("sequences.upload.done", outcome.format(), outcome.itemId()));
                afterUpload(outcome);
                break;
            case RELOAD:
                open(new SequenceEntry(outcome.itemId(), "", outcome.format()));
                break;
            case CANCELLED:
                say(Messages.get("sequences.upload.cancelled"));
                break;
            default:
                fail(outcome.failure(), "upload");
        }
    }

    private void afterUpload(SequenceUploadWorkflow.Outcome outcome) {
        SequenceEntry entry = new SequenceEntry(outcome.itemId(), "", outcome.format());
        if (outcome.itemId().equals(itemId.get())) {
            reload();
        } else {
            itemId.set(outcome.itemId());
        }
        open(entry);
    }

    /** Forgets the preview and shows nothing. */
    public void discardPreview() {
        loaded.set(null);
        timeline.setSequence(null);
        problems.clear();
        document.set("");
        say("");
    }

    /** Removes one stored sequence after the user confirmed exactly what goes. */
    public void delete(SequenceEntry entry) {
        String text =
                Messages.get(
                        "sequences.delete.confirm", entry.format(), entry.id(), entry.itemId());
        if (!decisions.confirm(Messages.get("sequences.delete.title"), text)) {
            return;
        }
        runner.run(
                () -> {
                    store.delete(entry.itemId(), entry.format());
                    return entry;
                },
                this::deleted,
                e -> fail(e, "delete"));
    }

    private void deleted(SequenceEntry entry) {
        LOG.info("Deleted the {} sequence of {}", entry.format(), entry.itemId());
        LoadedSequence shown = loaded.get();
        if (shown != null && !shown.isPreview() && shown.formatId().equals(entry.format())) {
            discardPreview();
        }
        reload();
        say(Messages.get("sequences.delete.done", entry.format(), entry.itemId()));
    }

    public void conformMetadata() {
        String id = itemId.get();
        if (id == null || id.isBlank()) {
            return;
        }
        runner.run(
                () -> {
                    store.conformMetadata(id);
                    return id;
                },
                done -> say(Messages.get("sequences.conform.done", done)),
                e -> fail(e, "conform"));
    }

    public void export(SequenceEntry entry) {
        actions.export(entry);
    }

    public void render(SequenceEntry entry) {
        actions.render(entry);
    }

    /** Exports the previewed file's sequence without storing it on the server first. */
    public void exportPreview() {
        LoadedSequence l = loadedProperty().get();
        if (l != null && l.canUpload()) {
            actions.exportFile(l.result().sequence().orElseThrow(), l.fileName());
        }
    }

    /** Renders the previewed file's sequence as a new item (a standalone render). */
    public void renderPreview() {
        LoadedSequence l = loadedProperty().get();
        if (l != null && l.canUpload()) {
            actions.renderFile(l.result().sequence().orElseThrow(), l.fileName());
        }
    }

    /** Asks the browser to show the source item of the selected segment. */
    public void revealSource() {
        String id = timeline.selectedItemIdProperty().get();
        if (!id.isEmpty()) {
            actions.reveal(id);
        }
    }

    private void say(String text) {
        failed.set(false);
        message.set(text);
    }

    private void fail(Throwable e, String what) {
        LOG.info("Sequence {} failed", what, e);
        failed.set(true);
        message.set(ErrorText.of(e));
    }

    private static void cancel(TaskRunner.Handle handle) {
        if (handle != null) {
            handle.cancel();
        }
    }
}

package org.seqdesk.sequences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.seqdesk.common.Messages;
import org.seqdesk.common.ServerStatus;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.timeline.Problem;
import org.seqdesk.timeline.SequenceFormat;
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
    private final StatusLine line;
    private final StringProperty itemId = new SimpleStringProperty(this, "itemId", "");
    private final ObservableList<SequenceEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<SequenceEntry> selected = new SimpleObjectProperty<>(this, "sel");
    private final ShownSequence shown;
    private TaskRunner.Handle listing;
    private TaskRunner.Handle opening;
    private String revealing;
    private String selectAfterListing;

    public SequencesViewModel(
            SequenceStore store,
            TaskRunner runner,
            Decisions decisions,
            SequenceActions actions,
            TimelineViewModel timeline) {
        this(store, runner, decisions, actions, timeline, new ServerStatus());
    }

    /** Like the other constructor, reporting whether the server answers to {@code status}. */
    public SequencesViewModel(
            SequenceStore store,
            TaskRunner runner,
            Decisions decisions,
            SequenceActions actions,
            TimelineViewModel timeline,
            ServerStatus status) {
        this.store = store;
        this.runner = runner;
        this.decisions = decisions;
        this.actions = actions;
        this.timeline = timeline;
        this.line = new StatusLine(status);
        this.upload = new SequenceUploadWorkflow(store, runner, decisions);
        this.shown = new ShownSequence(runner, timeline);
        itemId.addListener((o, old, now) -> itemChanged(now));
    }

    /**
     * Another item was chosen: what is shown of the one before goes, except when the user asked to
     * see a segment's source item, and a file bound for a new item, which belong to no item.
     */
    private void itemChanged(String now) {
        boolean revealed = revealing != null && revealing.equals(now);
        revealing = null;
        LoadedSequence was = shown.get();
        if (!revealed && was != null && was.itemId() != null && !was.itemId().equals(now)) {
            discardPreview();
        }
        reload();
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
        return shown.problems();
    }

    /** The shown document, indented. */
    public ReadOnlyStringProperty documentProperty() {
        return shown.documentProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return line.messageProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return line.failedProperty();
    }

    /** What is shown, or null. */
    public ReadOnlyObjectProperty<LoadedSequence> loadedProperty() {
        return shown.loadedProperty();
    }

    /** Lists the item's sequences again. */
    public void reload() {
        cancel(listing);
        selected.set(null);
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
        line.answered();
        entries.setAll(list);
        say(Messages.get("sequences.list.count", list.size(), id));
        String format = selectAfterListing;
        selectAfterListing = null;
        if (format != null) {
            list.stream()
                    .filter(e -> e.format().equals(format))
                    .findFirst()
                    .ifPresent(selected::set);
        }
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
        if (!now.isPreview()) {
            line.answered();
        }
        shown.show(now);
        say(now.summary());
    }

    /** Sends the previewed file, in its own format or converted to vidispine. */
    public void uploadPreview(boolean convertToVidispine) {
        LoadedSequence preview = shown.get();
        if (preview == null || !preview.isPreview()) {
            return;
        }
        Optional<byte[]> content =
                convertToVidispine ? converted(preview) : Optional.of(preview.content());
        if (content.isEmpty()) {
            return;
        }
        SequenceFormat format = convertToVidispine ? SequenceFormat.VIDISPINE : preview.format();
        byte[] baseline = shown.baselineFor(preview.itemId(), format.id());
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

    /** Sends the document as the user may have edited it back to where it came from. */
    public void save(byte[] content) {
        LoadedSequence opened = shown.get();
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
        if (!PreviewConversion.possible(preview)) {
            line.refuse(Messages.get("sequences.upload.cannotConvert"));
            return Optional.empty();
        }
        Optional<byte[]> content = PreviewConversion.toVidispine(preview, decisions);
        if (content.isEmpty()) {
            say(Messages.get("sequences.upload.cancelled"));
        }
        return content;
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

    /** Lists the item's sequences with the stored one selected, and shows it. */
    private void afterUpload(SequenceUploadWorkflow.Outcome outcome) {
        line.answered();
        SequenceEntry entry = new SequenceEntry(outcome.itemId(), "", outcome.format());
        selectAfterListing = outcome.format();
        if (outcome.itemId().equals(itemId.get())) {
            reload();
        } else {
            itemId.set(outcome.itemId());
        }
        open(entry);
    }

    /** Forgets the preview and shows nothing. */
    public void discardPreview() {
        shown.clear();
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
        line.answered();
        LOG.info("Deleted the {} sequence of {}", entry.format(), entry.itemId());
        LoadedSequence was = shown.get();
        if (was != null && !was.isPreview() && was.formatId().equals(entry.format())) {
            discardPreview();
        }
        reload();
        say(Messages.get("sequences.delete.done", entry.format(), entry.itemId()));
    }

    /**
     * Copies the source items' timed metadata onto the item, after the user has read what it
     * overwrites. An item without sequences has nothing to conform.
     */
    public void conformMetadata() {
        String id = itemId.get();
        if (id == null || id.isBlank() || entries.isEmpty()) {
            return;
        }
        String text = Messages.get("sequences.conform.confirm", id);
        if (!decisions.confirm(Messages.get("sequences.conform.title"), text)) {
            return;
        }
        runner.run(
                () -> {
                    store.conformMetadata(id);
                    return id;
                },
                this::conformed,
                e -> fail(e, "conform"));
    }

    private void conformed(String id) {
        line.answered();
        LOG.info("Conformed the metadata of {}", id);
        say(Messages.get("sequences.conform.done", id));
        actions.metadataChanged(id);
    }

    public void export(SequenceEntry entry) {
        actions.export(entry);
    }

    public void render(SequenceEntry entry) {
        actions.render(entry);
    }

    /** Exports the previewed file's sequence without storing it on the server first. */
    public void exportPreview() {
        actions.exportPreview(shown.get());
    }

    /** Renders the previewed file's sequence as a new item (a standalone render). */
    public void renderPreview() {
        actions.renderPreview(shown.get());
    }

    /** Asks the browser to show the source item of the selected segment. */
    public void revealSource() {
        String id = timeline.selectedItemIdProperty().get();
        if (!id.isEmpty()) {
            revealing = id;
            actions.reveal(id);
        }
    }

    private void say(String text) {
        line.say(text);
    }

    private void fail(Throwable e, String what) {
        line.fail(e, what);
    }

    private static void cancel(TaskRunner.Handle handle) {
        if (handle != null) {
            handle.cancel();
        }
    }
}

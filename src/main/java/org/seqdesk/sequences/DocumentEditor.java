package org.seqdesk.sequences;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.seqdesk.common.Messages;
import org.seqdesk.timeline.Problem;
import org.seqdesk.timeline.ReadResult;
import org.seqdesk.timeline.SequenceFormats;

/**
 * Editing the raw document of the sequence shown: only one stored on the server in a format SeqDesk
 * reads. Saving reads the text first and sends nothing while it has errors; what it sends goes
 * through the same check as every upload, so a version changed on the server since it was opened is
 * not silently replaced. Editing ends when another document is shown, as after a save.
 */
public final class DocumentEditor {
    private static final int ERRORS_LISTED = 5;

    private final SequencesViewModel model;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public DocumentEditor(SequencesViewModel model) {
        this.model = model;
        model.documentProperty()
                .addListener(
                        (o, old, now) -> {
                            if (!editing.get()) {
                                text.set(now);
                            }
                            updateEditable();
                        });
        model.loadedProperty().addListener((o, old, now) -> stop());
        text.set(model.documentProperty().get());
        updateEditable();
    }

    /** The document as shown, and as the user changes it while editing. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Whether the shown document may be edited: stored on the server, in a known format. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Why the edited text was not sent, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void edit() {
        if (editable.get()) {
            editing.set(true);
        }
    }

    /** Drops the changes and shows the document as it was opened. */
    public void cancel() {
        stop();
    }

    /** Sends the edited text if it reads as a sequence of its format; else says what is wrong. */
    public void save() {
        LoadedSequence shown = model.loadedProperty().get();
        if (!editing.get() || shown == null || shown.format() == null) {
            return;
        }
        byte[] content = text.get().getBytes(StandardCharsets.UTF_8);
        ReadResult read = SequenceFormats.reader(shown.format()).read(content, shown.formatId());
        List<Problem> errors =
                read.problems().stream()
                        .filter(p -> p.severity() == Problem.Severity.ERROR)
                        .collect(Collectors.toList());
        if (read.sequence().isEmpty() || !errors.isEmpty()) {
            error.set(Messages.get("sequences.document.invalid", shown.formatId(), list(errors)));
            return;
        }
        error.set("");
        model.save(content);
    }

    private static String list(List<Problem> errors) {
        StringBuilder out = new StringBuilder();
        errors.stream()
                .limit(ERRORS_LISTED)
                .forEach(p -> out.append("\n\u2022 ").append(where(p)).append(p.message()));
        if (errors.size() > ERRORS_LISTED) {
            out.append("\n\u2022 ")
                    .append(Messages.get("sequences.convert.more", errors.size() - ERRORS_LISTED));
        }
        return out.toString();
    }

    private static String where(Problem p) {
        return p.location().isEmpty() ? "" : p.location() + ": ";
    }

    private void stop() {
        editing.set(false);
        error.set("");
        text.set(model.documentProperty().get());
        updateEditable();
    }

    private void updateEditable() {
        LoadedSequence shown = model.loadedProperty().get();
        editable.set(
                shown != null
                        && !shown.isPreview()
                        && shown.format() != null
                        && !model.documentProperty().get().isEmpty());
    }
}

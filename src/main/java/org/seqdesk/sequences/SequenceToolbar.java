package org.seqdesk.sequences;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.seqdesk.common.Messages;

/** The actions on the sequence list, each enabled only when it has something to act on. */
final class SequenceToolbar {
    private final SequencesViewModel model;
    private final ListView<SequenceEntry> list;
    private final Consumer<Boolean> chooseFile;

    SequenceToolbar(
            SequencesViewModel model, ListView<SequenceEntry> list, Consumer<Boolean> chooseFile) {
        this.model = model;
        this.list = list;
        this.chooseFile = chooseFile;
    }

    ToolBar build() {
        BooleanBinding noSequence = model.selectedProperty().isNull();
        BooleanBinding noItem = model.itemIdProperty().isEmpty();
        ToolBar bar =
                new ToolBar(
                        button(
                                "openSequence",
                                "sequences.action.open",
                                noSequence,
                                () -> model.open(selected())),
                        button(
                                "exportSequence",
                                "sequences.action.export",
                                noSequence,
                                () -> model.export(selected())),
                        button(
                                "renderSequence",
                                "sequences.action.render",
                                noSequence,
                                () -> model.render(selected())),
                        button(
                                "conformMetadata",
                                "sequences.action.conform",
                                Bindings.isEmpty(model.entries()),
                                model::conformMetadata),
                        button(
                                "replaceFromFile",
                                "sequences.action.replace",
                                noItem,
                                () -> chooseFile.accept(false)),
                        button(
                                "deleteSequence",
                                "sequences.action.delete",
                                noSequence,
                                () -> model.delete(selected())),
                        button(
                                "newItemFromFile",
                                "sequences.action.newItem",
                                null,
                                () -> chooseFile.accept(true)),
                        button(
                                "revealSource",
                                "sequences.action.reveal",
                                model.timeline().selectedItemIdProperty().isEmpty(),
                                model::revealSource));
        bar.setId("sequenceToolbar");
        return bar;
    }

    private SequenceEntry selected() {
        SequenceEntry entry = model.selectedProperty().get();
        return entry != null ? entry : list.getSelectionModel().getSelectedItem();
    }

    private static Button button(String id, String key, BooleanBinding disabled, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}

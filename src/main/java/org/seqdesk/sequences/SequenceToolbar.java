package org.seqdesk.sequences;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
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

    /** The less frequent actions show only their icon; their words stay as name and tooltip. */
    ToolBar build() {
        BooleanBinding noSequence = model.selectedProperty().isNull();
        BooleanBinding noItem = model.itemIdProperty().isEmpty();
        ToolBar bar =
                new ToolBar(
                        button(
                                "openSequence",
                                AppIcon.OPEN,
                                "sequences.action.open",
                                noSequence,
                                () -> model.open(selected())),
                        button(
                                "exportSequence",
                                AppIcon.EXPORT,
                                "sequences.action.export",
                                noSequence,
                                () -> model.export(selected())),
                        button(
                                "renderSequence",
                                AppIcon.RENDER,
                                "sequences.action.render",
                                noSequence,
                                () -> model.render(selected())),
                        Icons.iconOnly(
                                button(
                                        "conformMetadata",
                                        AppIcon.CONFORM,
                                        "sequences.action.conform",
                                        Bindings.isEmpty(model.entries()),
                                        model::conformMetadata)),
                        Icons.iconOnly(
                                button(
                                        "replaceFromFile",
                                        AppIcon.REPLACE,
                                        "sequences.action.replace",
                                        noItem,
                                        () -> chooseFile.accept(false))),
                        button(
                                "deleteSequence",
                                AppIcon.DELETE,
                                "sequences.action.delete",
                                noSequence,
                                () -> model.delete(selected())),
                        Icons.iconOnly(
                                button(
                                        "newItemFromFile",
                                        AppIcon.NEW_ITEM,
                                        "sequences.action.newItem",
                                        null,
                                        () -> chooseFile.accept(true))),
                        Icons.iconOnly(
                                button(
                                        "revealSource",
                                        AppIcon.REVEAL,
                                        "sequences.action.reveal",
                                        model.timeline().selectedItemIdProperty().isEmpty(),
                                        model::revealSource)));
        bar.setId("sequenceToolbar");
        return bar;
    }

    private SequenceEntry selected() {
        SequenceEntry entry = model.selectedProperty().get();
        return entry != null ? entry : list.getSelectionModel().getSelectedItem();
    }

    private static Button button(
            String id, AppIcon icon, String key, BooleanBinding disabled, Runnable action) {
        Button b = Icons.on(new Button(Messages.get(key)), icon);
        b.setAccessibleHelp(Messages.get(key + ".tip"));
        // Words stay whole; what does not fit goes to the toolbar's overflow menu.
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}

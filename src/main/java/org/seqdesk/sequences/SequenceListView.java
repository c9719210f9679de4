package org.seqdesk.sequences;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.Messages;
import org.seqdesk.common.ViewParts;
import org.seqdesk.timeline.Problem;

/**
 * The sequences of the selected item, the chosen one as a timeline, its reader's problems and its
 * raw document. Editing files dropped on the list, or chosen, are shown first and sent only when
 * the user says so.
 */
public final class SequenceListView extends BorderPane {
    private static final List<String> EXTENSIONS = List.of(".xml", ".fcpxml", ".edl", ".otio");

    private final SequencesViewModel model;
    private final ListView<SequenceEntry> list = new ListView<>();
    private boolean following;

    public SequenceListView(SequencesViewModel model, ItemPreviews previews) {
        this.model = model;
        getStyleClass().add("sequence-list-view");
        ViewParts.styled(this);
        setTop(new SequenceToolbar(model, list, this::chooseFile).build());
        SplitPane split = new SplitPane(sequenceList(), shown(previews));
        split.setDividerPositions(0.22);
        setCenter(split);
        setBottom(
                ViewParts.messageLine(
                        "sequencesMessage", model.messageProperty(), model.failedProperty()));
    }

    /** The dialogs this view asks its questions in. */
    public static Decisions dialogsFor(javafx.scene.Node anchor) {
        return new DialogDecisions(
                () -> anchor.getScene() == null ? null : anchor.getScene().getWindow());
    }

    private VBox sequenceList() {
        list.setId("sequenceList");
        list.setItems(model.entries());
        list.setPlaceholder(wrapped(Messages.get("sequences.list.empty")));
        list.setAccessibleText(Messages.get("sequences.list.title"));
        list.setCellFactory(
                v ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(SequenceEntry e, boolean empty) {
                                super.updateItem(e, empty);
                                setText(
                                        empty || e == null
                                                ? null
                                                : Messages.get(
                                                        "sequences.list.entry",
                                                        e.format(),
                                                        e.id()));
                            }
                        });
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, old, now) -> {
                            if (following) {
                                return;
                            }
                            model.selectedProperty().set(now);
                            if (now != null) {
                                model.open(now);
                            }
                        });
        // the model selects too, as after an upload; it then opens the sequence itself
        model.selectedProperty().addListener((o, old, now) -> follow(now));
        list.setOnMouseClicked(
                e -> {
                    if (e.getClickCount() == 2 && model.selectedProperty().get() != null) {
                        model.open(model.selectedProperty().get());
                    }
                });
        list.setOnKeyPressed(
                e -> {
                    SequenceEntry entry = model.selectedProperty().get();
                    if (entry != null && e.getCode() == KeyCode.ENTER) {
                        model.open(entry);
                    } else if (entry != null && e.getCode() == KeyCode.DELETE) {
                        model.delete(entry);
                    }
                });
        list.setOnDragOver(this::dragOver);
        list.setOnDragDropped(this::dropped);
        return ViewParts.titled(Messages.get("sequences.list.title"), list);
    }

    private void follow(SequenceEntry entry) {
        if (entry == list.getSelectionModel().getSelectedItem()) {
            return;
        }
        following = true;
        try {
            if (entry == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(entry);
                list.scrollTo(entry);
            }
        } finally {
            following = false;
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private VBox shown(ItemPreviews previews) {
        TabPane tabs = new TabPane();
        tabs.setId("sequenceTabs");
        tabs.setAccessibleText(Messages.get("sequences.tabs.name"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab timeline =
                new Tab(
                        Messages.get("sequences.tab.timeline"),
                        new TimelineView(model.timeline(), previews));
        Tab problems = new Tab(Messages.get("sequences.tab.problems"), problemList());
        problems.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        Messages.get(
                                                "sequences.tab.problemsCount",
                                                model.problems().size()),
                                model.problems()));
        Tab document =
                new Tab(
                        Messages.get("sequences.tab.document"),
                        new DocumentPane(new DocumentEditor(model)).build());
        timeline.setId("timelineTab");
        problems.setId("problemsTab");
        document.setId("documentTab");
        tabs.getTabs().addAll(timeline, problems, document);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return new VBox(previewBanner(), tabs);
    }

    private ListView<Problem> problemList() {
        ListView<Problem> problems = new ListView<>(model.problems());
        problems.setId("problemList");
        problems.setAccessibleText(Messages.get("sequences.problems.name"));
        problems.setCellFactory(v -> new ProblemCell());
        problems.setPlaceholder(new Label(Messages.get("sequences.problems.none")));
        return problems;
    }

    private VBox previewBanner() {
        Label text = new Label(Messages.get("sequences.preview.banner"));
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button asIs = new Button();
        asIs.setId("uploadAsIs");
        Icons.on(asIs, AppIcon.UPLOAD);
        asIs.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> {
                                    LoadedSequence l = model.loadedProperty().get();
                                    String f = l == null ? "" : l.formatId();
                                    return Messages.get("sequences.preview.uploadAsIs", f);
                                },
                                model.loadedProperty()));
        asIs.setOnAction(e -> model.uploadPreview(false));
        Button converted = new Button(Messages.get("sequences.preview.uploadConverted"));
        converted.setId("uploadConverted");
        Icons.on(converted, AppIcon.UPLOAD);
        converted.setOnAction(e -> model.uploadPreview(true));
        Button exportFile = new Button(Messages.get("sequences.preview.export"));
        exportFile.setId("exportPreview");
        Icons.on(exportFile, AppIcon.EXPORT);
        exportFile.setOnAction(e -> model.exportPreview());
        Button renderFile = new Button(Messages.get("sequences.preview.render"));
        renderFile.setId("renderPreview");
        Icons.on(renderFile, AppIcon.RENDER);
        renderFile.setOnAction(e -> model.renderPreview());
        Button discard = new Button(Messages.get("sequences.preview.discard"));
        discard.setId("discardPreview");
        Icons.on(discard, AppIcon.DISCARD);
        discard.setOnAction(e -> model.discardPreview());
        BooleanBinding uploadable =
                Bindings.createBooleanBinding(
                        () ->
                                model.loadedProperty().get() != null
                                        && model.loadedProperty().get().canUpload(),
                        model.loadedProperty());
        asIs.disableProperty().bind(uploadable.not());
        converted.disableProperty().bind(uploadable.not());
        exportFile.disableProperty().bind(uploadable.not());
        renderFile.disableProperty().bind(uploadable.not());
        for (Button b : List.of(asIs, converted, exportFile, renderFile, discard)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox banner =
                new VBox(4, text, new HBox(6, asIs, converted, exportFile, renderFile, discard));
        banner.setId("previewBanner");
        banner.getStyleClass().add("preview-banner");
        BooleanBinding previewing =
                Bindings.createBooleanBinding(
                        () ->
                                model.loadedProperty().get() != null
                                        && model.loadedProperty().get().isPreview(),
                        model.loadedProperty());
        banner.visibleProperty().bind(previewing);
        banner.managedProperty().bind(previewing);
        return banner;
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()
                && e.getDragboard().getFiles().stream()
                        .anyMatch(SequenceListView::isSequenceFile)) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        File file =
                e.getDragboard().hasFiles()
                        ? e.getDragboard().getFiles().stream()
                                .filter(SequenceListView::isSequenceFile)
                                .findFirst()
                                .orElse(null)
                        : null;
        if (file != null) {
            model.previewFile(file.toPath(), targetItem());
        }
        e.setDropCompleted(file != null);
        e.consume();
    }

    static boolean isSequenceFile(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private String targetItem() {
        String id = model.itemIdProperty().get();
        return id == null || id.isBlank() ? null : id;
    }

    /** Lets the user pick an editing file; {@code newItem} stores it on a new item. */
    void chooseFile(boolean newItem) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(
                Messages.get(newItem ? "sequences.action.newItem" : "sequences.action.replace"));
        chooser.getExtensionFilters()
                .add(
                        new FileChooser.ExtensionFilter(
                                Messages.get("sequences.files"),
                                "*.xml",
                                "*.fcpxml",
                                "*.edl",
                                "*.otio"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.previewFile(file.toPath(), newItem ? null : targetItem());
        }
    }

    public SequencesViewModel model() {
        return model;
    }
}

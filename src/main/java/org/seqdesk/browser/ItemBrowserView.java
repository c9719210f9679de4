package org.seqdesk.browser;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.Messages;
import org.seqdesk.common.ViewParts;

/**
 * The item browser: a search box, the results in a table that fetches pages as it scrolls, and the
 * selected item's metadata below.
 */
public final class ItemBrowserView extends BorderPane {
    private static final KeyCombination COPY =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ItemBrowserViewModel model;
    private final TextField search = new TextField();
    private final TableView<ItemRow> table = new TableView<>();

    public ItemBrowserView(ItemBrowserViewModel model, ItemPreviews previews) {
        this.model = model;
        getStyleClass().add("item-browser");
        ViewParts.styled(this);
        setTop(searchBar());
        ItemTable.configure(table, model, previews);
        table.setAccessibleText(Messages.get("browser.table.name"));
        table.setAccessibleHelp(Messages.get("browser.table.help"));
        SplitPane split = new SplitPane(table, metadataPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        setCenter(split);
        setBottom(
                ViewParts.messageLine(
                        "browserMessage", model.messageProperty(), model.failedProperty()));
        table.setOnKeyPressed(
                e -> {
                    if (COPY.match(e)) {
                        copyId();
                        e.consume();
                    }
                });
    }

    private HBox searchBar() {
        search.setId("browserSearch");
        search.setPromptText(Messages.get("browser.search.prompt"));
        search.setTooltip(new Tooltip(Messages.get("browser.search.tip")));
        search.setAccessibleText(Messages.get("browser.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnAction(e -> model.refresh());
        search.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.DOWN) {
                        table.requestFocus();
                        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                            table.getSelectionModel().select(0);
                        }
                        e.consume();
                    }
                });
        HBox.setHgrow(search, Priority.ALWAYS);
        Button refresh = new Button(Messages.get("browser.refresh"));
        refresh.setId("browserRefresh");
        refresh.setTooltip(new Tooltip(Messages.get("browser.refresh.tip")));
        Icons.only(refresh, AppIcon.REFRESH);
        refresh.setOnAction(e -> model.refresh());
        Button copy = new Button(Messages.get("browser.copyId"));
        copy.setId("browserCopyId");
        copy.setTooltip(new Tooltip(Messages.get("browser.copyId.tip")));
        Icons.only(copy, AppIcon.COPY);
        copy.disableProperty().bind(model.selectedItemIdProperty().isEmpty());
        copy.setOnAction(e -> copyId());
        Label find = Icons.on(new Label(Messages.get("browser.search.label")), AppIcon.SEARCH);
        find.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        find.setLabelFor(search);
        find.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, find, search, refresh, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("browser-toolbar");
        return bar;
    }

    private VBox metadataPane() {
        TableView<ItemSource.MetadataEntry> fields = new TableView<>(model.metadata());
        fields.setId("browserMetadata");
        fields.setAccessibleText(Messages.get("browser.metadata.title"));
        Label none = new Label(Messages.get("browser.metadata.empty"));
        none.setWrapText(true);
        none.setTextAlignment(TextAlignment.CENTER);
        fields.setPlaceholder(none);
        TableColumn<ItemSource.MetadataEntry, String> name =
                new TableColumn<>(Messages.get("browser.metadata.field"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field()));
        TableColumn<ItemSource.MetadataEntry, String> value =
                new TableColumn<>(Messages.get("browser.metadata.value"));
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value()));
        name.setPrefWidth(150);
        value.setPrefWidth(260);
        fields.getColumns().add(name);
        fields.getColumns().add(value);
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return ViewParts.titled(Messages.get("browser.metadata.title"), fields);
    }

    private void copyId() {
        String id = model.selectedItemIdProperty().get();
        if (!id.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(id);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Puts the caret in the search box. */
    public void focusSearch() {
        search.requestFocus();
    }

    public ItemBrowserViewModel model() {
        return model;
    }
}

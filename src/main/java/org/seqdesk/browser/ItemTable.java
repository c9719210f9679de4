package org.seqdesk.browser;

import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Formats;
import org.seqdesk.common.Icons;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.Messages;

/** The result table: columns, lazy thumbnails, and sorting handed to the server. */
final class ItemTable {
    private static final double THUMB_HEIGHT = 32;
    private static final double SEQUENCE_WIDTH = 52;

    private ItemTable() {}

    static void configure(
            TableView<ItemRow> table, ItemBrowserViewModel model, ItemPreviews previews) {
        table.setId("browserTable");
        table.setItems(model.items());
        table.setPlaceholder(new Label(Messages.get("browser.empty")));
        table.setFixedCellSize(THUMB_HEIGHT + 6);
        table.getColumns().add(thumbnailColumn(previews));
        table.getColumns().add(text("browser.column.title", "title", ItemRow::title, 160));
        table.getColumns().add(sequencesColumn());
        table.getColumns().add(text("browser.column.id", "itemId", ItemRow::id, 60));
        table.getColumns()
                .add(text("browser.column.duration", "durationSeconds", ItemRow::duration, 90));
        table.getColumns().add(text("browser.column.created", "created", ItemTable::created, 175));
        table.setSortPolicy(
                t -> {
                    if (t.getSortOrder().isEmpty()) {
                        model.sortBy("", true);
                    } else {
                        TableColumn<ItemRow, ?> c = t.getSortOrder().get(0);
                        model.sortBy(
                                (String) c.getUserData(),
                                c.getSortType() == TableColumn.SortType.ASCENDING);
                    }
                    return true;
                });
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty()
                .addListener(
                        (o, old, now) -> {
                            if (now == null) {
                                table.getSelectionModel().clearSelection();
                            } else if (now != table.getSelectionModel().getSelectedItem()) {
                                int index = table.getItems().indexOf(now);
                                if (index >= 0) {
                                    table.getSelectionModel().select(index);
                                    table.scrollTo(index);
                                }
                            }
                        });
    }

    private static TableColumn<ItemRow, String> text(
            String key, String field, Function<ItemRow, String> value, double width) {
        TableColumn<ItemRow, String> c = new TableColumn<>(Messages.get(key));
        c.setUserData(field);
        c.setPrefWidth(width);
        c.setCellValueFactory(
                r ->
                        new ReadOnlyObjectWrapper<>(
                                r.getValue().isLoading()
                                        ? Messages.get("browser.loading")
                                        : value.apply(r.getValue())));
        return c;
    }

    /** The stored ISO time in the reader's zone and language. */
    private static String created(ItemRow row) {
        return Formats.current().timestamp(row.created(), ZoneId.systemDefault());
    }

    /**
     * A narrow column right after the title, so the mark shows in a narrow pane: an icon with the
     * count, the count in words for screen readers and as a tooltip.
     */
    private static TableColumn<ItemRow, ItemRow> sequencesColumn() {
        TableColumn<ItemRow, ItemRow> c = new TableColumn<>();
        Label header = Icons.on(new Label(), AppIcon.SEQUENCES);
        header.setId("sequencesColumnHeader");
        header.setAccessibleText(Messages.get("browser.column.sequences"));
        header.setTooltip(new Tooltip(Messages.get("browser.column.sequences.tip")));
        c.setGraphic(header);
        c.setUserData("__sequence_size");
        c.setPrefWidth(SEQUENCE_WIDTH);
        c.setMinWidth(SEQUENCE_WIDTH);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
        c.setCellFactory(col -> new SequenceMarkCell());
        return c;
    }

    /** The mark on a row whose item holds sequences; nothing on the others. */
    private static final class SequenceMarkCell extends TableCell<ItemRow, ItemRow> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("sequence-mark");
            if (empty || row == null || !row.hasSequences()) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            String words = Messages.get("browser.sequences.mark", row.sequenceCount());
            getStyleClass().add("sequence-mark");
            setText(Integer.toString(row.sequenceCount()));
            setGraphic(Icons.of(AppIcon.SEQUENCES));
            tip.setText(words);
            setTooltip(tip);
            setAccessibleText(words);
        }
    }

    private static TableColumn<ItemRow, ItemRow> thumbnailColumn(ItemPreviews previews) {
        TableColumn<ItemRow, ItemRow> c =
                new TableColumn<>(Messages.get("browser.column.thumbnail"));
        c.setSortable(false);
        c.setPrefWidth(THUMB_HEIGHT * 16 / 9 + 12);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
        c.setCellFactory(col -> new ThumbnailCell(previews));
        return c;
    }

    /** Asks for the picture only when the row is shown, and drops answers for reused cells. */
    private static final class ThumbnailCell extends TableCell<ItemRow, ItemRow> {
        private final ItemPreviews previews;
        private final ImageView view = new ImageView();
        private final Label sequenceIcon = Icons.on(new Label(), AppIcon.SEQUENCES);

        ThumbnailCell(ItemPreviews previews) {
            this.previews = previews;
            view.setFitHeight(THUMB_HEIGHT);
            view.setPreserveRatio(true);
            sequenceIcon.getStyleClass().add("sequence-picture");
        }

        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            view.setImage(null);
            setGraphic(null);
            if (empty || row == null || row.isLoading()) {
                return;
            }
            // a sequence item without media of its own has no picture: its icon stands in
            setGraphic(row.hasSequences() ? sequenceIcon : view);
            String id = row.id();
            previews.thumbnail(
                    id,
                    image -> {
                        ItemRow shown = getItem();
                        if (shown != null && id.equals(shown.id())) {
                            view.setImage(image);
                            setGraphic(view);
                        }
                    });
        }
    }
}

package org.seqdesk.browser;

import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import org.seqdesk.common.Formats;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.Messages;

/** The result table: columns, lazy thumbnails, and sorting handed to the server. */
final class ItemTable {
    private static final double THUMB_HEIGHT = 32;

    private ItemTable() {}

    static void configure(
            TableView<ItemRow> table, ItemBrowserViewModel model, ItemPreviews previews) {
        table.setId("browserTable");
        table.setItems(model.items());
        table.setPlaceholder(new Label(Messages.get("browser.empty")));
        table.setFixedCellSize(THUMB_HEIGHT + 6);
        table.getColumns().add(thumbnailColumn(previews));
        table.getColumns().add(text("browser.column.title", "title", ItemRow::title, 160));
        table.getColumns().add(text("browser.column.id", "itemId", ItemRow::id, 60));
        table.getColumns()
                .add(text("browser.column.duration", "durationSeconds", ItemRow::duration, 90));
        table.getColumns().add(text("browser.column.created", "created", ItemTable::created, 175));
        table.getColumns().add(sequencesColumn());
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

    private static TableColumn<ItemRow, ItemRow> sequencesColumn() {
        TableColumn<ItemRow, ItemRow> c =
                new TableColumn<>(Messages.get("browser.column.sequences"));
        c.setUserData("__sequence_size");
        c.setPrefWidth(130);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
        c.setCellFactory(
                col ->
                        new TableCell<>() {
                            @Override
                            protected void updateItem(ItemRow row, boolean empty) {
                                super.updateItem(row, empty);
                                boolean mark = !empty && row != null && row.hasSequences();
                                setText(
                                        mark
                                                ? Messages.get(
                                                        "browser.sequences.mark",
                                                        row.sequenceCount())
                                                : null);
                                getStyleClass().remove("sequence-mark");
                                if (mark) {
                                    getStyleClass().add("sequence-mark");
                                }
                            }
                        });
        return c;
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

        ThumbnailCell(ItemPreviews previews) {
            this.previews = previews;
            view.setFitHeight(THUMB_HEIGHT);
            view.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            view.setImage(null);
            setGraphic(null);
            if (empty || row == null || row.isLoading()) {
                return;
            }
            setGraphic(view);
            String id = row.id();
            previews.thumbnail(
                    id,
                    image -> {
                        ItemRow shown = getItem();
                        if (shown != null && id.equals(shown.id())) {
                            view.setImage(image);
                        }
                    });
        }
    }
}

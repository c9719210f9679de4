package org.seqdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.seqdesk.common.KeyNames;
import org.seqdesk.common.Messages;

/** Help → Keyboard shortcuts: every accelerator of the menus, filtered as one types. */
final class ShortcutSheet {
    /** One line of the sheet. */
    record Row(String action, String shortcut) {
        boolean matches(String filter) {
            String f = filter.trim().toLowerCase(Locale.ROOT);
            return f.isEmpty()
                    || action.toLowerCase(Locale.ROOT).contains(f)
                    || shortcut.toLowerCase(Locale.ROOT).contains(f);
        }
    }

    private ShortcutSheet() {}

    /** The menu items with accelerators, plus the shortcuts that work inside a pane. */
    static List<Row> rows(MenuBar bar) {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, rows);
        }
        rows.add(
                new Row(
                        Messages.get("shortcuts.copyItemId"),
                        KeyNames.text(
                                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN))));
        return rows;
    }

    private static void collect(Menu menu, List<Row> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu) {
                collect((Menu) item, rows);
            } else if (item.getAccelerator() != null) {
                rows.add(
                        new Row(
                                item.getText().replace("_", ""),
                                KeyNames.text(item.getAccelerator())));
            }
        }
    }

    static void show(MenuBar bar) {
        dialog(bar).show();
    }

    static Dialog<ButtonType> dialog(MenuBar bar) {
        FilteredList<Row> shown = new FilteredList<>(FXCollections.observableArrayList(rows(bar)));
        TextField filter = new TextField();
        filter.setId("shortcutFilter");
        filter.setPromptText(Messages.get("shortcuts.filter.prompt"));
        filter.setAccessibleText(Messages.get("shortcuts.filter.prompt"));
        filter.textProperty().addListener((o, old, now) -> shown.setPredicate(r -> r.matches(now)));

        TableView<Row> table = new TableView<>(shown);
        table.setId("shortcutTable");
        table.setAccessibleText(Messages.get("shortcuts.title"));
        table.getColumns().add(column("shortcuts.column.action", true));
        table.getColumns().add(column("shortcuts.column.shortcut", false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("shortcuts.title"));
        dialog.getDialogPane().setId("shortcutSheet");
        dialog.getDialogPane().setContent(new VBox(8, filter, table));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefSize(480, 420);
        dialog.setResizable(true);
        dialog.setOnShown(e -> filter.requestFocus());
        return dialog;
    }

    private static TableColumn<Row, String> column(String key, boolean action) {
        TableColumn<Row, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(
                d ->
                        new ReadOnlyStringWrapper(
                                action ? d.getValue().action() : d.getValue().shortcut()));
        c.setSortable(false);
        return c;
    }
}

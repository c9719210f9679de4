package org.seqdesk.app;

import static org.seqdesk.common.AppIcon.ABORT;
import static org.seqdesk.common.AppIcon.DELETE;
import static org.seqdesk.common.AppIcon.EXPORT;
import static org.seqdesk.common.AppIcon.NEXT;
import static org.seqdesk.common.AppIcon.OPEN;
import static org.seqdesk.common.AppIcon.PREVIOUS;
import static org.seqdesk.common.AppIcon.REFRESH;
import static org.seqdesk.common.AppIcon.RENDER;
import static org.seqdesk.common.AppIcon.RERUN;
import static org.seqdesk.common.AppIcon.SEARCH;
import static org.seqdesk.common.AppIcon.SWITCH_PANE;
import static org.seqdesk.common.AppIcon.ZOOM_FIT;
import static org.seqdesk.common.AppIcon.ZOOM_IN;
import static org.seqdesk.common.AppIcon.ZOOM_OUT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.KeyNames;
import org.seqdesk.common.Messages;

/**
 * The main actions as menu items with accelerators. Each one reaches its screen through the node
 * ids the screens already carry (a button is fired only while it is enabled), so the menus work
 * whichever screens are installed.
 */
final class KeyboardActions {
    static final List<String> PANES = List.of("browserArea", "sequencesArea", "jobsArea");

    /** Where F6 and Shift+F6 put the focus, in order. */
    static final List<String> STOPS =
            List.of("browserSearch", "browserTable", "sequenceList", "timelineCanvas", "jobsTable");

    private static final String SHOWN = "seqdesk.shortcutInTooltip";

    private final MainWindow window;
    private final Map<String, KeyCombination> byTarget = new LinkedHashMap<>();

    private KeyboardActions(MainWindow window) {
        this.window = window;
    }

    /**
     * Adds the File, View and Help items, and the theme and text size choices, to {@code window}.
     */
    static void install(MainWindow window, ThemeManager themes) {
        KeyboardActions k = new KeyboardActions(window);
        k.fileItems();
        k.viewItems();
        window.menu("viewMenu")
                .getItems()
                .addAll(
                        new SeparatorMenuItem(),
                        ViewMenus.textSizeMenu(themes),
                        ViewMenus.themeMenu(themes));
        window.root().needsLayoutProperty().addListener((o, old, now) -> k.showInTooltips());
        MenuItem sheet =
                window.addMenuItem(
                        "helpMenu",
                        "shortcutsItem",
                        "menu.help.shortcuts",
                        "F1",
                        () -> ShortcutSheet.show(window.menuBar()));
        Icons.on(sheet, AppIcon.SHORTCUTS);
    }

    private void fileItems() {
        fire("openSequenceItem", "menu.file.openSequence", "Shortcut+O", "openSequence", OPEN);
        fire("exportItem", "menu.file.export", "Shortcut+E", "exportSequence", EXPORT);
        fire("renderItem", "menu.file.render", "Shortcut+R", "renderSequence", RENDER);
        fire("deleteItem", "menu.file.delete", "Shortcut+DELETE", "deleteSequence", DELETE);
        fire("abortJobItem", "menu.file.abortJob", "Shortcut+PERIOD", "jobsAbort", ABORT);
        fire("rerunJobItem", "menu.file.rerunJob", "Shortcut+Shift+R", "jobsRerun", RERUN);
        window.menu("fileMenu").getItems().add(new SeparatorMenuItem());
    }

    private void viewItems() {
        item("viewMenu", "findItem", "menu.view.find", "Shortcut+F", SEARCH, this::focusSearch);
        fire("viewMenu", "refreshItem", "menu.view.refresh", "F5", "browserRefresh", REFRESH);
        item("viewMenu", "nextItem", "menu.view.nextItem", "Alt+DOWN", NEXT, () -> selectItem(1));
        item(
                "viewMenu",
                "previousItem",
                "menu.view.previousItem",
                "Alt+UP",
                PREVIOUS,
                () -> selectItem(-1));
        window.menu("viewMenu").getItems().add(new SeparatorMenuItem());
        fire("viewMenu", "zoomInItem", "menu.view.zoomIn", "Shortcut+EQUALS", "zoomIn", ZOOM_IN);
        fire("viewMenu", "zoomOutItem", "menu.view.zoomOut", "Shortcut+MINUS", "zoomOut", ZOOM_OUT);
        fire("viewMenu", "zoomFitItem", "menu.view.zoomFit", "Shortcut+0", "zoomFit", ZOOM_FIT);
        window.menu("viewMenu").getItems().add(new SeparatorMenuItem());
        item("viewMenu", "nextPaneItem", "menu.view.nextPane", "F6", SWITCH_PANE, () -> pane(1));
        item(
                "viewMenu",
                "previousPaneItem",
                "menu.view.previousPane",
                "Shift+F6",
                SWITCH_PANE,
                () -> pane(-1));
    }

    private void fire(String id, String key, String accelerator, String targetId, AppIcon icon) {
        fire("fileMenu", id, key, accelerator, targetId, icon);
    }

    private void fire(
            String menuId,
            String id,
            String key,
            String accelerator,
            String targetId,
            AppIcon icon) {
        MenuItem item = item(menuId, id, key, accelerator, icon, () -> fireNode(targetId));
        byTarget.put(targetId, item.getAccelerator());
    }

    private MenuItem item(
            String menuId,
            String id,
            String key,
            String accelerator,
            AppIcon icon,
            Runnable action) {
        return Icons.on(window.addMenuItem(menuId, id, key, accelerator, action), icon);
    }

    /** Selects the next ({@code step} 1) or previous ({@code -1}) row of the item list. */
    private void selectItem(int step) {
        Node node = scene() == null ? null : scene().lookup("#browserTable");
        if (!(node instanceof TableView)) {
            return;
        }
        TableView<?> table = (TableView<?>) node;
        int count = table.getItems().size();
        if (count == 0) {
            return;
        }
        int at = table.getSelectionModel().getSelectedIndex();
        int next =
                at < 0 ? (step > 0 ? 0 : count - 1) : Math.max(0, Math.min(count - 1, at + step));
        table.getSelectionModel().clearAndSelect(next);
        table.scrollTo(next);
    }

    /** Adds the shortcut to the tooltip of each button a menu item fires, once per button. */
    private void showInTooltips() {
        Scene scene = scene();
        if (scene == null) {
            return;
        }
        byTarget.forEach(
                (targetId, keys) -> {
                    Node node = scene.lookup("#" + targetId);
                    if (node instanceof Labeled && !node.getProperties().containsKey(SHOWN)) {
                        node.getProperties().put(SHOWN, Boolean.TRUE);
                        Labeled control = (Labeled) node;
                        Tooltip tip = control.getTooltip();
                        String text = tip != null ? tip.getText() : control.getText();
                        String shown = Messages.get("shortcuts.tooltip", text, KeyNames.text(keys));
                        if (tip != null) {
                            tip.setText(shown);
                        } else {
                            control.setTooltip(new Tooltip(shown));
                        }
                    }
                });
    }

    private Scene scene() {
        return window.root().getScene();
    }

    private void fireNode(String targetId) {
        Node node = scene() == null ? null : scene().lookup("#" + targetId);
        if (node instanceof ButtonBase && !node.isDisabled() && node.isVisible()) {
            ((ButtonBase) node).fire();
        }
    }

    private void focusSearch() {
        Node node = scene() == null ? null : scene().lookup("#browserSearch");
        if (node instanceof TextInputControl) {
            node.requestFocus();
            ((TextInputControl) node).selectAll();
        }
    }

    /**
     * Moves the focus to the next ({@code step} 1) or previous ({@code -1}) of {@link #STOPS} that
     * the window shows, going round; a pane without its stop gets the focus on its first control.
     */
    private void pane(int step) {
        Scene scene = scene();
        if (scene == null) {
            return;
        }
        List<Node> stops = PaneStops.present(scene);
        if (stops.isEmpty()) {
            return;
        }
        int current = -1;
        for (int i = 0; i < stops.size(); i++) {
            if (contains(stops.get(i), scene.getFocusOwner())) {
                current = i;
            }
        }
        int next = Math.floorMod(current + step, stops.size());
        if (current < 0 && step < 0) {
            next = stops.size() - 1;
        }
        PaneStops.focus(stops.get(next));
    }

    private static boolean contains(Node area, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return false;
    }

    static Node firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

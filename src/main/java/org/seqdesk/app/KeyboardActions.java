package org.seqdesk.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.seqdesk.common.Messages;

// TODO(#11): next/previous item and delete as menu items, and a checked focus order in every
// dialog; the screens handle those keys only inside their own lists so far.
/**
 * The main actions as menu items with accelerators. Each one reaches its screen through the node
 * ids the screens already carry (a button is fired only while it is enabled), so the menus work
 * whichever screens are installed.
 */
final class KeyboardActions {
    static final List<String> PANES = List.of("browserArea", "sequencesArea", "jobsArea");

    private static final String SHOWN = "seqdesk.shortcutInTooltip";

    private final MainWindow window;
    private final Map<String, KeyCombination> byTarget = new LinkedHashMap<>();

    private KeyboardActions(MainWindow window) {
        this.window = window;
    }

    /** Adds the File, View and Help items, and the theme choice, to {@code window}. */
    static void install(MainWindow window, ThemeManager themes) {
        KeyboardActions k = new KeyboardActions(window);
        k.fire(
                "fileMenu",
                "openSequenceItem",
                "menu.file.openSequence",
                "Shortcut+O",
                "openSequence");
        k.fire("fileMenu", "exportItem", "menu.file.export", "Shortcut+E", "exportSequence");
        k.fire("fileMenu", "renderItem", "menu.file.render", "Shortcut+R", "renderSequence");
        k.fire("fileMenu", "abortJobItem", "menu.file.abortJob", "Shortcut+PERIOD", "jobsAbort");
        window.menu("fileMenu").getItems().add(new SeparatorMenuItem());
        window.addMenuItem("viewMenu", "findItem", "menu.view.find", "Shortcut+F", k::focusSearch);
        k.fire("viewMenu", "refreshItem", "menu.view.refresh", "F5", "browserRefresh");
        k.fire("viewMenu", "zoomInItem", "menu.view.zoomIn", "Shortcut+EQUALS", "zoomIn");
        k.fire("viewMenu", "zoomOutItem", "menu.view.zoomOut", "Shortcut+MINUS", "zoomOut");
        k.fire("viewMenu", "zoomFitItem", "menu.view.zoomFit", "Shortcut+DIGIT0", "zoomFit");
        window.addMenuItem("viewMenu", "nextPaneItem", "menu.view.nextPane", "F6", () -> k.pane(1));
        window.addMenuItem(
                "viewMenu",
                "previousPaneItem",
                "menu.view.previousPane",
                "Shift+F6",
                () -> k.pane(-1));
        window.menu("viewMenu").getItems().addAll(new SeparatorMenuItem(), themeMenu(themes));
        window.root().needsLayoutProperty().addListener((o, old, now) -> k.showInTooltips());
        window.addMenuItem(
                "helpMenu",
                "shortcutsItem",
                "menu.help.shortcuts",
                "F1",
                () -> ShortcutSheet.show(window.menuBar()));
    }

    private void fire(String menuId, String id, String key, String accelerator, String targetId) {
        MenuItem item = window.addMenuItem(menuId, id, key, accelerator, () -> fireNode(targetId));
        byTarget.put(targetId, item.getAccelerator());
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
                        String shown =
                                Messages.get("shortcuts.tooltip", text, keys.getDisplayText());
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

    /** Moves the focus to the next ({@code step} 1) or previous ({@code -1}) pane. */
    private void pane(int step) {
        Scene scene = scene();
        if (scene == null) {
            return;
        }
        int current = -1;
        for (int i = 0; i < PANES.size(); i++) {
            Node area = scene.lookup("#" + PANES.get(i));
            if (area != null && contains(area, scene.getFocusOwner())) {
                current = i;
            }
        }
        int next = Math.floorMod(current + step, PANES.size());
        if (current < 0 && step < 0) {
            next = PANES.size() - 1;
        }
        Node area = scene.lookup("#" + PANES.get(next));
        Node target = area == null ? null : firstFocusable(area);
        if (target != null) {
            target.requestFocus();
        } else if (area != null) {
            area.requestFocus();
        }
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

    private static Menu themeMenu(ThemeManager themes) {
        Menu menu = new Menu(Messages.get("menu.view.theme"));
        menu.setId("themeMenu");
        ToggleGroup group = new ToggleGroup();
        for (ThemeManager.Choice c : ThemeManager.Choice.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(themeKey(c)));
            item.setId("theme-" + c.name());
            item.setToggleGroup(group);
            item.setSelected(themes.choiceProperty().get() == c);
            item.setOnAction(e -> themes.choiceProperty().set(c));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static String themeKey(ThemeManager.Choice c) {
        switch (c) {
            case LIGHT:
                return "menu.view.theme.light";
            case DARK:
                return "menu.view.theme.dark";
            case HIGH_CONTRAST:
                return "menu.view.theme.highContrast";
            default:
                return "menu.view.theme.system";
        }
    }
}

package org.seqdesk.app;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;

/** View → Theme and View → Text size: one radio item per choice, kept in the preferences. */
final class ViewMenus {
    private ViewMenus() {}

    static Menu themeMenu(ThemeManager themes) {
        Menu menu = menu("themeMenu", "menu.view.theme", AppIcon.THEME);
        ToggleGroup group = new ToggleGroup();
        for (ThemeManager.Choice c : ThemeManager.Choice.values()) {
            menu.getItems()
                    .add(
                            radio(
                                    "theme-" + c.name(),
                                    themeKey(c),
                                    c,
                                    themes.choiceProperty(),
                                    group));
        }
        return menu;
    }

    static Menu textSizeMenu(ThemeManager themes) {
        Menu menu = menu("textSizeMenu", "menu.view.textSize", AppIcon.TEXT_SIZE);
        ToggleGroup group = new ToggleGroup();
        for (ThemeManager.TextSize t : ThemeManager.TextSize.values()) {
            menu.getItems()
                    .add(
                            radio(
                                    "textSize-" + t.name(),
                                    textSizeKey(t),
                                    t,
                                    themes.textSizeProperty(),
                                    group));
        }
        return menu;
    }

    private static Menu menu(String id, String key, AppIcon icon) {
        Menu menu = new Menu(Messages.get(key));
        menu.setId(id);
        Icons.on(menu, icon);
        return menu;
    }

    private static <T> RadioMenuItem radio(
            String id, String key, T value, ObjectProperty<T> property, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(Messages.get(key));
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(property.get() == value);
        item.setOnAction(e -> property.set(value));
        return item;
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

    private static String textSizeKey(ThemeManager.TextSize t) {
        switch (t) {
            case LARGE:
                return "menu.view.textSize.large";
            case LARGER:
                return "menu.view.textSize.larger";
            case LARGEST:
                return "menu.view.textSize.largest";
            default:
                return "menu.view.textSize.system";
        }
    }
}

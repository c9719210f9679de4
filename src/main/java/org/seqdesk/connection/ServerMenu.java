package org.seqdesk.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.seqdesk.app.MainWindow;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;

/**
 * The profiles' part of the Server menu (one entry per profile, then "Manage servers…") and the
 * colour and name of the profile in use on the window.
 */
final class ServerMenu {
    private final MainWindow window;
    private final List<MenuItem> ownItems = new ArrayList<>();

    ServerMenu(MainWindow window) {
        this.window = window;
    }

    /** Lists {@code profiles}, {@code current} checked; choosing one calls {@code choose}. */
    void rebuild(
            List<ServerProfile> profiles,
            ServerProfile current,
            Consumer<ServerProfile> choose,
            Runnable manage) {
        Menu menu = serverMenu();
        if (menu == null) {
            return;
        }
        menu.getItems().removeAll(ownItems);
        ownItems.clear();
        ToggleGroup group = new ToggleGroup();
        for (ServerProfile p : profiles) {
            RadioMenuItem item = new RadioMenuItem(p.name(), swatch(p));
            item.setId("profile-" + p.id());
            item.setToggleGroup(group);
            item.setSelected(current != null && current.id().equals(p.id()));
            item.setOnAction(e -> choose.accept(p));
            ownItems.add(item);
        }
        ownItems.add(new SeparatorMenuItem());
        MenuItem manageItem = new MenuItem(Messages.get("connection.menu.manage"));
        manageItem.setId("manageServersItem");
        Icons.on(manageItem, AppIcon.SERVER);
        manageItem.setOnAction(e -> manage.run());
        ownItems.add(manageItem);
        menu.getItems().addAll(0, ownItems);
    }

    /** The profile's colour, as in the profiles dialog. */
    static Rectangle swatch(ServerProfile p) {
        return new Rectangle(12, 12, Color.web(p.colour()));
    }

    /** Shows the profile's colour on the menu and status bars and its name in the title. */
    void showProfile(ServerProfile profile) {
        window.showProfileColour(Color.web(profile.colour()));
        Window w = owner();
        if (w instanceof Stage) {
            ((Stage) w).setTitle(Messages.get("app.title") + " \u2014 " + profile.name());
        }
    }

    /** The main window's stage, or null before it is shown. */
    Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }

    private Menu serverMenu() {
        Node top = window.root().getTop();
        if (!(top instanceof MenuBar)) {
            return null;
        }
        return ((MenuBar) top)
                .getMenus().stream()
                        .filter(m -> "serverMenu".equals(m.getId()))
                        .findFirst()
                        .orElse(null);
    }
}

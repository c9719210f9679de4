package org.seqdesk.connection;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;

/**
 * What the browser area shows while no server is connected (the password was not given, or the
 * server failed): what to do, and the two ways out, managing the servers or the local sandbox.
 */
final class NotConnectedView {
    private NotConnectedView() {}

    static Node create(Runnable manage, Runnable useSandbox) {
        Label text = new Label(Messages.get("connection.notConnected"));
        text.setId("notConnectedText");
        text.setWrapText(true);
        text.setMaxWidth(420);
        text.setTextAlignment(TextAlignment.CENTER);
        text.getStyleClass().add("empty-state");
        Button manageButton =
                button("connection.notConnected.manage", "notConnectedManage", manage);
        Icons.on(manageButton, AppIcon.SERVER);
        Button sandboxButton =
                button("connection.notConnected.sandbox", "notConnectedSandbox", useSandbox);
        VBox box = new VBox(10, text, manageButton, sandboxButton);
        box.setId("notConnectedPane");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(12));
        box.setAccessibleText(Messages.get("connection.notConnected"));
        return box;
    }

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}

package org.seqdesk.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds labels and buttons whose words the layout had to cut short ("Refre…"). */
public final class Elided {
    private Elided() {}

    /** "id: shown instead of text" for each visible labelled control under {@code root}. */
    public static List<String> labels(Parent root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled) {
            check((Labeled) node, cut);
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }

    private static void check(Labeled labeled, List<String> cut) {
        String text = labeled.getText();
        if (text == null
                || text.isBlank()
                || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                || labeled.isWrapText()) {
            return;
        }
        String wanted = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text && child.getStyleClass().contains("text")) {
                String shown = ((Text) child).getText();
                if (!wanted.equals(shown)) {
                    cut.add(AccessibleNames.describe(labeled) + " shows \"" + shown + "\"");
                }
            }
        }
    }
}

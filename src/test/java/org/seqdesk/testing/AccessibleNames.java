package org.seqdesk.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

/**
 * Finds the controls a keyboard user can reach that a screen reader could not name. A control is
 * named by its accessible text, by a label pointing at it ({@code labelFor}), or, for a button or
 * check box showing words, by those words.
 */
public final class AccessibleNames {
    private AccessibleNames() {}

    /** "id (type)" of each visible, focus-traversable control under {@code root} with no name. */
    public static List<String> unnamed(Parent root) {
        Set<Node> labelled = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Control> reachable = new ArrayList<>();
        walk(root, labelled, reachable);
        List<String> missing = new ArrayList<>();
        for (Control c : reachable) {
            if (!named(c) && !labelled.contains(c)) {
                missing.add(describe(c));
            }
        }
        return missing;
    }

    /** The visible, enabled, focus-traversable controls under {@code root}, in tree order. */
    public static List<Control> reachable(Parent root) {
        List<Control> reachable = new ArrayList<>();
        walk(root, Collections.newSetFromMap(new IdentityHashMap<>()), reachable);
        return reachable;
    }

    private static void walk(Node node, Set<Node> labelled, List<Control> reachable) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Label && ((Label) node).getLabelFor() != null) {
            labelled.add(((Label) node).getLabelFor());
        }
        if (node instanceof Control && node.isFocusTraversable() && !node.isDisabled()) {
            reachable.add((Control) node);
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                walk(child, labelled, reachable);
            }
        }
    }

    private static boolean named(Control c) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        if (c instanceof Labeled) {
            Labeled l = (Labeled) c;
            return l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY
                    && l.getText() != null
                    && !l.getText().isBlank();
        }
        return false;
    }

    public static String describe(Node n) {
        String id = n.getId() == null ? "(no id)" : "#" + n.getId();
        String text = n instanceof Labeled ? " \"" + ((Labeled) n).getText() + "\"" : "";
        return id + text + " " + n.getClass().getSimpleName();
    }
}

package org.seqdesk.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Walks a window with the Tab key and checks the focus moves in reading order. */
public final class TabOrder {
    private static final int MAX_STEPS = 80;

    private TabOrder() {}

    /**
     * The nodes that get the focus, pressing Tab from {@code first} until the focus comes back to
     * it. In a text area Tab types a tab, so there Ctrl+Tab moves on, as a person would press.
     */
    public static List<Node> walk(FxRobot robot, Scene scene, Node first) {
        robot.interact(first::requestFocus);
        List<Node> order = new ArrayList<>();
        Node at = scene.getFocusOwner();
        while (at != null && order.size() < MAX_STEPS && !order.contains(at)) {
            order.add(at);
            if (at instanceof TextArea) {
                robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
            at = scene.getFocusOwner();
        }
        return order;
    }

    /**
     * The places where the focus goes against reading order (top to bottom, and left to right along
     * a row), as "from → to"; empty when the order reads well.
     */
    public static List<String> againstReadingOrder(List<Node> order) {
        List<String> wrong = new ArrayList<>();
        for (int i = 1; i < order.size(); i++) {
            Node a = order.get(i - 1);
            Node b = order.get(i);
            if (!follows(bounds(a), bounds(b))) {
                wrong.add(AccessibleNames.describe(a) + " → " + AccessibleNames.describe(b));
            }
        }
        return wrong;
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** Whether the focus may go from {@code a} to {@code b}: into it, or on in reading order. */
    private static boolean follows(Bounds a, Bounds b) {
        if (a.contains(b)) {
            return true;
        }
        double rowTolerance = Math.min(a.getHeight(), b.getHeight()) / 2;
        boolean sameRow = Math.abs(a.getCenterY() - b.getCenterY()) < rowTolerance;
        if (sameRow) {
            return b.getMinX() > a.getMinX();
        }
        return b.getCenterY() > a.getCenterY();
    }
}

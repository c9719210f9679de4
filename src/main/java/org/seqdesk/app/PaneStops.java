package org.seqdesk.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The controls F6 and Shift+F6 visit: the {@link KeyboardActions#STOPS} each pane shows, in pane
 * order, or a pane's first control when it shows none of them.
 */
final class PaneStops {
    private PaneStops() {}

    /** The stops {@code scene} shows, in the order F6 visits them. */
    static List<Node> present(Scene scene) {
        List<Node> stops = new ArrayList<>();
        for (String paneId : KeyboardActions.PANES) {
            Node pane = scene.lookup("#" + paneId);
            if (pane == null) {
                continue;
            }
            int before = stops.size();
            for (String stopId : KeyboardActions.STOPS) {
                Node stop = pane.lookup("#" + stopId);
                if (stop != null && !stop.isDisabled()) {
                    stops.add(stop);
                }
            }
            Node first = stops.size() == before ? KeyboardActions.firstFocusable(pane) : null;
            if (first != null) {
                stops.add(first);
            } else if (stops.size() == before) {
                stops.add(pane);
            }
        }
        return stops;
    }

    /**
     * Gives {@code stop} the focus, first showing the tab it is on; a list without a selection
     * selects its first entry.
     */
    static void focus(Node stop) {
        showTab(stop);
        if (stop instanceof ListView) {
            ListView<?> list = (ListView<?>) stop;
            if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
            int at = list.getSelectionModel().getSelectedIndex();
            if (at >= 0) {
                list.getFocusModel().focus(at);
            }
        }
        stop.requestFocus();
    }

    private static void showTab(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TabPane) {
                for (Tab tab : ((TabPane) n).getTabs()) {
                    if (tab.getContent() != null && holds(tab.getContent(), node)) {
                        ((TabPane) n).getSelectionModel().select(tab);
                    }
                }
            }
        }
    }

    private static boolean holds(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}

package org.seqdesk.app;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Hides every action that would change the server while the connection is read-only. The client
 * refuses such calls too; hiding them spares the user a refusal. Keyboard shortcuts fire only
 * visible buttons, so they are covered as well.
 */
final class ReadOnlyMode {
    /** The ids of the screens' controls that write: PUT, DELETE, render, abort, priority. */
    static final List<String> WRITING_ACTIONS =
            List.of(
                    "renderSequence",
                    "conformMetadata",
                    "replaceFromFile",
                    "deleteSequence",
                    "newItemFromFile",
                    "uploadAsIs",
                    "uploadConverted",
                    "renderPreview",
                    "editDocument",
                    "jobsAbort",
                    "jobsPriority",
                    "jobsRerun");

    private ReadOnlyMode() {}

    /** Shows or hides the writing actions found under {@code root}. */
    static void apply(Parent root, boolean readOnly) {
        // A tool bar's buttons join the scene graph only when its skin is made, on the first CSS
        // pass: screens just put in the window have not had one yet.
        root.applyCss();
        for (String id : WRITING_ACTIONS) {
            for (Node node : root.lookupAll("#" + id)) {
                node.setVisible(!readOnly);
                node.setManaged(!readOnly);
            }
        }
    }
}

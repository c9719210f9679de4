package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class ReadOnlyModeTest {

    private static Button button(String id) {
        Button b = new Button(id);
        b.setId(id);
        return b;
    }

    @Test
    void readOnlyHidesEveryWritingActionAndNothingElse() {
        Button delete = button("deleteSequence");
        Button render = button("renderSequence");
        Button abort = button("jobsAbort");
        Button export = button("exportSequence");
        HBox root = new HBox(delete, render, abort, export);

        ReadOnlyMode.apply(root, true);

        assertThat(delete.isVisible()).isFalse();
        assertThat(render.isManaged()).isFalse();
        assertThat(abort.isVisible()).isFalse();
        assertThat(export.isVisible()).isTrue();

        ReadOnlyMode.apply(root, false);

        assertThat(delete.isVisible()).isTrue();
        assertThat(abort.isManaged()).isTrue();
    }

    @Test
    void readOnlyReachesToolbarButtonsBeforeTheWindowWasLaidOut() {
        Button delete = button("deleteSequence");
        Button export = button("exportSequence");
        ToolBar bar = new ToolBar(delete, export);
        VBox root = new VBox(bar);
        new Scene(root, 400, 100);

        ReadOnlyMode.apply(root, true);

        assertThat(delete.isVisible()).isFalse();
        assertThat(export.isVisible()).isTrue();
    }
}

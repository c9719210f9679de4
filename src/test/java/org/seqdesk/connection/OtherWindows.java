package org.seqdesk.connection;

import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** The windows a test's main stage has opened: dialogs and prompts. */
final class OtherWindows {
    private OtherWindows() {}

    /** The showing password prompt, if any. */
    static Optional<Window> secretPrompt(Window main) {
        return List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != main && w.getScene() != null && w.isShowing())
                .filter(w -> w.getScene().lookup("#secretField") != null)
                .findFirst();
    }

    /** Hides every window but {@code main}, on the UI thread. */
    static void close(Window main) {
        WaitForAsyncUtils.waitForAsyncFx(
                5000,
                () ->
                        List.copyOf(Window.getWindows()).stream()
                                .filter(w -> w != main)
                                .forEach(Window::hide));
    }
}

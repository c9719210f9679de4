package org.seqdesk.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.seqdesk.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nothing else caught: logs it with its stack trace and tells the user in one
 * sentence, with the details one click away instead of in their face.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private boolean showing;

    public static void install() {
        ErrorReporter reporter = new ErrorReporter();
        Thread.setDefaultUncaughtExceptionHandler(reporter);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error in {}", thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            try {
                Platform.runLater(() -> show(error));
            } catch (IllegalStateException notStarted) {
                // The toolkit is not running: the log has it.
            }
        }
    }

    private void show(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            ButtonType copy =
                    new ButtonType(Messages.get("error.copyDetails"), ButtonBar.ButtonData.LEFT);
            Alert alert =
                    new Alert(
                            Alert.AlertType.ERROR,
                            Messages.get("error.unexpected.text"),
                            copy,
                            ButtonType.CLOSE);
            alert.setTitle(Messages.get("error.unexpected.title"));
            alert.setHeaderText(Messages.get("error.unexpected.header"));
            alert.showAndWait().filter(copy::equals).ifPresent(b -> copyDetails(error));
        } finally {
            showing = false;
        }
    }

    static String details(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static void copyDetails(Throwable error) {
        ClipboardContent content = new ClipboardContent();
        content.putString(details(error));
        Clipboard.getSystemClipboard().setContent(content);
    }
}

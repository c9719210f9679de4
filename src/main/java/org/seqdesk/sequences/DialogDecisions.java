package org.seqdesk.sequences;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.seqdesk.common.Messages;

/** Asks the user in modal dialogs over the window that shows the sequences. */
final class DialogDecisions implements Decisions {
    private final Supplier<Window> owner;

    DialogDecisions(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String text) {
        ButtonType go =
                new ButtonType(Messages.get("sequences.dialog.go"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(title, text, go, ButtonType.CANCEL);
        cancelByDefault(alert, go);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public Conflict resolve(String text) {
        ButtonType overwrite =
                new ButtonType(
                        Messages.get("sequences.conflict.overwrite"), ButtonBar.ButtonData.OK_DONE);
        ButtonType reload =
                new ButtonType(
                        Messages.get("sequences.conflict.reload"), ButtonBar.ButtonData.OTHER);
        Alert alert =
                alert(
                        Messages.get("sequences.conflict.title"),
                        text,
                        overwrite,
                        reload,
                        ButtonType.CANCEL);
        cancelByDefault(alert, overwrite);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(overwrite::equals).isPresent()) {
            return Conflict.OVERWRITE;
        }
        return answer.filter(reload::equals).isPresent() ? Conflict.RELOAD : Conflict.CANCEL;
    }

    /** Enter must never destroy anything: the safe answer is the default one. */
    private static void cancelByDefault(Alert alert, ButtonType risky) {
        Button riskyButton = (Button) alert.getDialogPane().lookupButton(risky);
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        riskyButton.setDefaultButton(false);
        cancel.setDefaultButton(true);
    }

    private Alert alert(String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert;
    }
}

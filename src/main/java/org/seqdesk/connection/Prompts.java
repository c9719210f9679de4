package org.seqdesk.connection;

import java.security.cert.X509Certificate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.seqdesk.common.Messages;

/** The small dialogs of connecting: sign-in, trusting a certificate, errors. */
final class Prompts {
    private Prompts() {}

    /**
     * Asks for a profile's password or token; empty when the user cancels. {@code problem}, if not
     * null, says why it is asked again (the server refused the one before).
     */
    static Optional<String> askSecret(
            Window owner, ServerProfile profile, boolean persistent, String problem) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("connection.ask.title", profile.name()));
        PasswordField field = new PasswordField();
        field.setId("secretField");
        Label note =
                new Label(
                        Messages.get(
                                persistent
                                        ? "connection.field.secretNote"
                                        : "connection.field.secretSessionNote"));
        note.setWrapText(true);
        Label ask = new Label(Messages.get("connection.ask.text", profile.name()));
        ask.setLabelFor(field);
        VBox content = new VBox(8, ask, field, note);
        if (problem != null) {
            Label why = new Label(problem);
            why.setId("secretProblem");
            why.setWrapText(true);
            why.setStyle("-fx-font-weight: bold;");
            content.getChildren().add(0, why);
            field.setAccessibleHelp(problem);
        }
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        d.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(field.textProperty().isEmpty());
        // after the dialog's own focus handling, which gives the focus to its default button
        d.setOnShown(e -> Platform.runLater(field::requestFocus));
        return d.showAndWait().filter(s -> !s.isEmpty());
    }

    /** Shows a certificate's subject, issuer and SHA-256 fingerprint; true when trusted. */
    static boolean confirmTrust(Window owner, X509Certificate cert, String why) {
        ButtonType trust =
                new ButtonType(
                        Messages.get("connection.trust.button"), ButtonBar.ButtonData.OK_DONE);
        Alert a =
                new Alert(
                        Alert.AlertType.WARNING,
                        Messages.get(
                                "connection.trust.text",
                                cert.getSubjectX500Principal().getName(),
                                cert.getIssuerX500Principal().getName(),
                                TrustStore.fingerprint(cert)),
                        trust,
                        ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(Messages.get("connection.trust.title"));
        a.setHeaderText(why);
        return a.showAndWait().filter(b -> b == trust).isPresent();
    }

    /**
     * Asks before deleting a profile; when it is the one in use, says that the window switches to
     * the local sandbox. True when the user confirmed.
     */
    static boolean confirmDelete(Window owner, ServerProfile profile, boolean inUse) {
        ButtonType delete =
                new ButtonType(
                        Messages.get("connection.dialog.delete"), ButtonBar.ButtonData.OK_DONE);
        String text = Messages.get("connection.delete.text", profile.name());
        if (inUse) {
            text = text + "\n\n" + Messages.get("connection.delete.inUse", profile.name());
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, delete, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(Messages.get("connection.delete.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("deleteConfirm");
        // Enter keeps the profile: deleting takes a deliberate click
        ((Button) a.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == delete).isPresent();
    }

    static void error(Window owner, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(Messages.get("connection.dialog.title"));
        a.setHeaderText(null);
        a.showAndWait();
    }
}

package org.seqdesk.connection;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.seqdesk.common.Messages;

/** Edits one profile; the password or token goes to the {@link SecretStore}, not the profile. */
final class ProfileEditor extends Dialog<ProfileEditor.Edited> {

    /** The edited profile and the secret typed, or null when the field was left empty. */
    record Edited(ServerProfile profile, String secret) {}

    final TextField name = new TextField();
    final TextField url = new TextField();
    final ChoiceBox<ServerProfile.AuthKind> auth = new ChoiceBox<>();
    final TextField user = new TextField();
    final PasswordField secret = new PasswordField();
    final TextField runAs = new TextField();
    final CheckBox readOnly = new CheckBox(Messages.get("connection.field.readOnly"));
    final ColorPicker colour = new ColorPicker();

    ProfileEditor(Window owner, ServerProfile profile, boolean keyringPersistent) {
        initOwner(owner);
        setTitle(Messages.get("connection.dialog.title"));
        // a profile nobody has named yet shows its id as its name: offer an empty field instead
        name.setText(profile.name().equals(profile.id()) ? "" : profile.name());
        name.setId("profileName");
        url.setText(profile.url());
        url.setId("profileUrl");
        url.setPromptText("https://vidicore.example.com:8443");
        auth.getItems().setAll(ServerProfile.AuthKind.values());
        auth.setValue(profile.authKind());
        auth.setConverter(authNames());
        user.setText(profile.user() == null ? "" : profile.user());
        user.setId("profileUser");
        user.disableProperty().bind(auth.valueProperty().isEqualTo(ServerProfile.AuthKind.TOKEN));
        secret.setId("profileSecret");
        runAs.setText(profile.runAs() == null ? "" : profile.runAs());
        readOnly.setSelected(profile.readOnly());
        readOnly.setId("profileReadOnly");
        colour.setValue(Color.web(profile.colour()));
        colour.setId("profileColour");
        auth.setId("profileAuth");
        runAs.setId("profileRunAs");
        getDialogPane().setContent(form(keyringPersistent));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(
                        blank(name)
                                .or(blank(url))
                                .or(
                                        auth.valueProperty()
                                                .isEqualTo(ServerProfile.AuthKind.BASIC)
                                                .and(blank(user))));
        setResultConverter(b -> b == ButtonType.OK ? result(profile) : null);
    }

    private GridPane form(boolean keyringPersistent) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        int row = 0;
        g.addRow(row++, label("connection.field.name", name), name);
        g.addRow(row++, label("connection.field.url", url), url);
        g.addRow(row++, label("connection.field.auth", auth), auth);
        g.addRow(row++, label("connection.field.user", user), user);
        g.addRow(row++, label("connection.field.secret", secret), secret);
        g.add(
                label(
                        keyringPersistent
                                ? "connection.field.secretNote"
                                : "connection.field.secretSessionNote",
                        null),
                1,
                row++);
        g.addRow(row++, label("connection.field.runAs", runAs), runAs);
        g.add(readOnly, 1, row++);
        g.addRow(row, label("connection.field.colour", colour), colour);
        return g;
    }

    private Edited result(ServerProfile old) {
        ServerProfile p =
                new ServerProfile(
                        old.id(),
                        name.getText(),
                        url.getText(),
                        auth.getValue(),
                        auth.getValue() == ServerProfile.AuthKind.TOKEN ? null : user.getText(),
                        runAs.getText(),
                        readOnly.isSelected(),
                        hex(colour.getValue()),
                        false);
        String s = secret.getText();
        return new Edited(p, s == null || s.isEmpty() ? null : s);
    }

    static Optional<Edited> edit(Window owner, ServerProfile profile, boolean persistent) {
        return new ProfileEditor(owner, profile, persistent).showAndWait();
    }

    static String hex(Color c) {
        return String.format(
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static BooleanBinding blank(TextField field) {
        return Bindings.createBooleanBinding(
                () -> field.getText() == null || field.getText().isBlank(), field.textProperty());
    }

    /** A label naming {@code field} (null for a note) for screen readers too. */
    private static Label label(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        l.setLabelFor(field);
        return l;
    }

    private static StringConverter<ServerProfile.AuthKind> authNames() {
        return new StringConverter<>() {
            @Override
            public String toString(ServerProfile.AuthKind k) {
                return k == null
                        ? ""
                        : Messages.get(
                                k == ServerProfile.AuthKind.TOKEN
                                        ? "connection.field.auth.token"
                                        : "connection.field.auth.basic");
            }

            @Override
            public ServerProfile.AuthKind fromString(String s) {
                return null;
            }
        };
    }
}

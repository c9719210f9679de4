package org.seqdesk.connection;

import java.io.File;
import java.io.IOException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.seqdesk.common.AppIcon;
import org.seqdesk.common.Icons;
import org.seqdesk.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Manage servers: add, edit, duplicate, delete, import, export, and connect. */
final class ProfilesDialog extends Dialog<Void> {
    private static final Logger LOG = LoggerFactory.getLogger(ProfilesDialog.class);

    private final ConnectionModule module;
    private final Window owner;
    private final ObservableList<ServerProfile> items = FXCollections.observableArrayList();
    final ListView<ServerProfile> list = new ListView<>(items);

    ProfilesDialog(ConnectionModule module, Window owner) {
        this.module = module;
        this.owner = owner;
        initOwner(owner);
        setTitle(Messages.get("connection.dialog.title"));
        list.setId("profileList");
        list.setAccessibleText(Messages.get("connection.dialog.list"));
        list.setCellFactory(v -> new ProfileCell());
        list.setPrefSize(420, 260);
        reload();
        selectCurrent();
        Button edit = button("connection.dialog.edit", "editProfile", AppIcon.EDIT, this::edit);
        Button duplicate =
                button(
                        "connection.dialog.duplicate",
                        "duplicateProfile",
                        AppIcon.DUPLICATE,
                        this::duplicate);
        Button delete =
                button("connection.dialog.delete", "deleteProfile", AppIcon.DELETE, this::delete);
        Button connect =
                button(
                        "connection.dialog.connect",
                        "connectProfile",
                        AppIcon.CONNECT,
                        this::connect);
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        BooleanBinding builtIn =
                Bindings.createBooleanBinding(
                        () -> selected() != null && selected().builtIn(),
                        list.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(none.or(builtIn));
        duplicate.disableProperty().bind(none.or(builtIn));
        delete.disableProperty().bind(none.or(builtIn));
        connect.disableProperty().bind(none);
        list.setOnMouseClicked(
                e -> {
                    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                        connect();
                    }
                });
        HBox buttons =
                new HBox(
                        6,
                        button("connection.dialog.add", "addProfile", AppIcon.ADD, this::add),
                        edit,
                        duplicate,
                        delete,
                        button(
                                "connection.dialog.import",
                                "importProfiles",
                                AppIcon.IMPORT,
                                this::importFile),
                        button(
                                "connection.dialog.export",
                                "exportProfiles",
                                AppIcon.EXPORT,
                                this::exportFile),
                        connect);
        getDialogPane().setContent(new VBox(8, list, buttons));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private Button button(String key, String id, AppIcon icon, Runnable action) {
        Button b = Icons.on(new Button(Messages.get(key)), icon);
        b.setId(id);
        // Whole labels (German runs longer): the dialog widens instead.
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void reload() {
        ServerProfile selected = list.getSelectionModel().getSelectedItem();
        items.setAll(module.profiles().all());
        if (selected != null) {
            items.stream()
                    .filter(p -> p.id().equals(selected.id()))
                    .findFirst()
                    .ifPresent(p -> list.getSelectionModel().select(p));
        }
    }

    private void selectCurrent() {
        ServerProfile current = module.currentOrChosen();
        select(current == null ? null : current.id());
    }

    /** Selects the profile with {@code id}, or the first when there is none. */
    private void select(String id) {
        items.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .ifPresentOrElse(
                        p -> list.getSelectionModel().select(p),
                        () -> list.getSelectionModel().selectFirst());
    }

    private ServerProfile selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void add() {
        ServerProfile fresh = ServerProfile.create("", "", ServerProfile.AuthKind.BASIC, "");
        ProfileEditor.edit(owner, fresh, module.secretKeeper().persistent())
                .ifPresent(e -> save(fresh, e));
    }

    private void edit() {
        ServerProfile p = selected();
        if (p == null) {
            return;
        }
        if (p.builtIn()) {
            Prompts.error(owner, Messages.get("connection.error.sandboxBuiltIn"));
            return;
        }
        ProfileEditor.edit(owner, p, module.secretKeeper().persistent()).ifPresent(e -> save(p, e));
    }

    /** Saves {@code edited}; its secret follows it when the sign-in changed. */
    private void save(ServerProfile old, ProfileEditor.Edited edited) {
        try {
            module.profiles().put(edited.profile());
            String account = edited.profile().secretAccount();
            if (edited.secret() != null) {
                module.secretKeeper().keep(account, edited.secret());
                if (!old.secretAccount().equals(account)) {
                    module.secretKeeper().forget(old.secretAccount());
                }
            } else if (!old.secretAccount().equals(account)) {
                module.secretKeeper().move(old.secretAccount(), account);
            }
        } catch (IOException | IllegalArgumentException e) {
            Prompts.error(owner, Messages.get("connection.error.save", e.getMessage()));
        }
        reload();
        select(edited.profile().id());
        module.rebuildMenu();
    }

    private void duplicate() {
        ServerProfile p = selected();
        if (p == null || p.builtIn()) {
            return;
        }
        ServerProfile copy = p.duplicate(Messages.get("connection.dialog.copySuffix", p.name()));
        save(copy, new ProfileEditor.Edited(copy, null));
    }

    private void delete() {
        ServerProfile p = selected();
        if (p == null) {
            return;
        }
        if (p.builtIn()) {
            Prompts.error(owner, Messages.get("connection.error.sandboxBuiltIn"));
            return;
        }
        boolean inUse = module.inUse(p);
        if (!Prompts.confirmDelete(getDialogPane().getScene().getWindow(), p, inUse)) {
            return;
        }
        try {
            module.profiles().delete(p.id());
            module.secretKeeper().forget(p.secretAccount());
            TrustStore.forProfile(module.trustDir(), p).clear();
        } catch (IOException e) {
            Prompts.error(owner, Messages.get("connection.error.save", e.getMessage()));
        }
        reload();
        if (selected() == null) {
            list.getSelectionModel().selectFirst();
        }
        module.rebuildMenu();
        if (inUse) {
            module.deletedInUse();
        }
    }

    private void importFile() {
        File f = chooser().showOpenDialog(owner);
        if (f == null) {
            return;
        }
        try {
            module.profiles().importFrom(f.toPath());
        } catch (IOException e) {
            LOG.info("Import of {} failed", f, e);
            Prompts.error(owner, Messages.get("connection.error.import", f.getName()));
        }
        reload();
        module.rebuildMenu();
    }

    private void exportFile() {
        FileChooser c = chooser();
        c.setInitialFileName("seqdesk-servers.json");
        File f = c.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        try {
            module.profiles().exportTo(f.toPath());
        } catch (IOException e) {
            Prompts.error(owner, Messages.get("connection.error.save", e.getMessage()));
        }
    }

    private void connect() {
        ServerProfile p = selected();
        if (p != null) {
            close();
            module.switchTo(p);
        }
    }

    private static FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return c;
    }

    /** A profile's colour, name and URL. */
    private static final class ProfileCell extends ListCell<ServerProfile> {
        @Override
        protected void updateItem(ServerProfile p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String text = p.url().isEmpty() ? p.name() : p.name() + " \u2014 " + p.url();
            setText(p.readOnly() ? Messages.get("connection.status.readOnly", text) : text);
            setGraphic(ServerMenu.swatch(p));
        }
    }
}

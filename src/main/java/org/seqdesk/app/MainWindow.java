package org.seqdesk.app;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.seqdesk.common.KeyNames;
import org.seqdesk.common.Messages;

/**
 * The main window: item browser on the left, sequences and timeline in the centre, the job monitor
 * below, a menu bar and a status bar. Feature screens are placed into its areas by the composition
 * root; until then each area says what to do next.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final StackPane browserArea =
            area("browser", "main.browser.empty", "main.browser.name", "main.browser.help");
    private final StackPane sequencesArea =
            area("sequences", "main.sequences.empty", "main.sequences.name", "main.sequences.help");
    private final StackPane jobsArea =
            area("jobs", "main.jobs.empty", "main.jobs.name", "main.jobs.help");
    private final SplitPane horizontal = new SplitPane();
    private final SplitPane vertical = new SplitPane();
    private final Label serverLabel = new Label(Messages.get("status.notConnected"));
    private final Label messageLabel = new Label();
    private final MenuBar menuBar = new MenuBar();
    private final Region topStripe = stripe("profileStripeTop");
    private final Region bottomStripe = stripe("profileStripeBottom");
    private Color profileColour;

    public MainWindow() {
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getItems().addAll(sequencesArea, jobsArea);
        horizontal.getItems().addAll(browserArea, vertical);
        horizontal.setId("mainSplit");
        vertical.setId("centreSplit");

        serverLabel.setId("serverLabel");
        serverLabel.setAccessibleHelp(Messages.get("main.server.help"));
        messageLabel.setAccessibleHelp(Messages.get("main.message.help"));
        menuBar.setAccessibleText(Messages.get("main.menu.name"));
        messageLabel.setId("statusMessage");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(8, serverLabel, spacer, messageLabel);
        statusBar.setId("statusBar");
        statusBar.getStyleClass().add("status-bar");

        menuBar.setId("menuBar");
        menuBar.getMenus()
                .addAll(
                        menu("menu.file", "fileMenu"),
                        menu("menu.server", "serverMenu"),
                        menu("menu.view", "viewMenu"),
                        menu("menu.help", "helpMenu"));

        root.setTop(menuBar);
        VBox.setVgrow(horizontal, Priority.ALWAYS);
        root.setCenter(new VBox(topStripe, horizontal));
        root.setBottom(new VBox(bottomStripe, statusBar));
    }

    private static StackPane area(String id, String emptyKey, String nameKey, String helpKey) {
        Label empty = new Label(Messages.get(emptyKey));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        StackPane pane = new StackPane(empty);
        pane.setId(id + "Area");
        pane.setMinSize(160, 100);
        pane.setAccessibleText(Messages.get(nameKey));
        pane.setAccessibleHelp(Messages.get(helpKey));
        return pane;
    }

    private static Region stripe(String id) {
        Region stripe = new Region();
        stripe.setId(id);
        stripe.getStyleClass().add("profile-stripe");
        stripe.setVisible(false);
        stripe.managedProperty().bind(stripe.visibleProperty());
        return stripe;
    }

    /**
     * Marks the window with the connected server's colour: a stripe under the menu bar and one over
     * the status bar. The colour is any the person picked, so it is painted, not styled.
     */
    public void showProfileColour(Color colour) {
        profileColour = colour;
        for (Region stripe : new Region[] {topStripe, bottomStripe}) {
            stripe.setBackground(colour == null ? null : Background.fill(colour));
            stripe.setVisible(colour != null);
        }
    }

    /** The colour shown by {@link #showProfileColour}, or null. */
    public Color profileColour() {
        return profileColour;
    }

    private static Menu menu(String key, String id) {
        Menu menu = new Menu(Messages.get(key));
        // the underscore in the title marks the letter that opens the menu with Alt
        menu.setMnemonicParsing(true);
        menu.setId(id);
        return menu;
    }

    /** The menu with {@code menuId} ({@code fileMenu}, {@code viewMenu}, ...). */
    public Menu menu(String menuId) {
        return menuBar.getMenus().stream()
                .filter(m -> menuId.equals(m.getId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no menu " + menuId));
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    /** Adds an item to one of the menus, with an optional accelerator. */
    public MenuItem addMenuItem(
            String menuId, String id, String textKey, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(textKey));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyNames.of(accelerator));
        }
        item.setOnAction(e -> action.run());
        menu(menuId).getItems().add(item);
        return item;
    }

    public void setBrowser(Node node) {
        browserArea.getChildren().setAll(node);
    }

    public void setSequences(Node node) {
        sequencesArea.getChildren().setAll(node);
    }

    public void setJobs(Node node) {
        jobsArea.getChildren().setAll(node);
    }

    public void setServer(String text) {
        serverLabel.setText(text);
    }

    public void setMessage(String text) {
        messageLabel.setText(text);
    }

    public BorderPane root() {
        return root;
    }

    /** Shows the window on {@code stage}, restoring and later saving its size and dividers. */
    public void show(Stage stage, WindowState state) {
        Scene scene = new Scene(root, state.get("width", 1280), state.get("height", 800));
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        double x = state.get("x", Double.NaN);
        double y = state.get("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(state.get("maximized", 0) > 0);
        horizontal.setDividerPositions(state.get("divider.main", 0.3));
        vertical.setDividerPositions(state.get("divider.centre", 0.65));
        stage.setOnHiding(e -> remember(stage, state));
        stage.show();
    }

    private void remember(Stage stage, WindowState state) {
        state.put("maximized", stage.isMaximized() ? 1 : 0);
        if (!stage.isMaximized()) {
            state.put("width", stage.getWidth());
            state.put("height", stage.getHeight());
            state.put("x", stage.getX());
            state.put("y", stage.getY());
        }
        state.put("divider.main", horizontal.getDividerPositions()[0]);
        state.put("divider.centre", vertical.getDividerPositions()[0]);
        state.save();
    }
}

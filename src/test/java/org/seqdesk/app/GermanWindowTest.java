package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window in German at its default size: German texts, and no button, check box or menu
 * title whose label is cut to an ellipsis (German runs about a third longer than English). The
 * picture goes to target/screenshots/main-de.png.
 */
@ExtendWith(ApplicationExtension.class)
class GermanWindowTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir Path home;
    private Locale before;
    private ExecutorService executor;
    private ThemedWindow themed;

    @Start
    void start(Stage stage) throws IOException {
        before = Messages.locale();
        Messages.use(Locale.GERMANY);
        executor = Executors.newSingleThreadExecutor();
        themed = new ThemedWindow(stage, home, executor);
    }

    @AfterEach
    void stop() {
        themed.jobs.close();
        executor.shutdownNow();
        Messages.use(before);
    }

    @Test
    void theMainWindowSpeaksGermanAndCutsNoButtonLabel(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        robot.interact(
                () -> {
                    themed.window.root().applyCss();
                    themed.window.root().layout();
                    collectCut(themed.window.root(), cut);
                });
        save(robot);

        assertThat(themed.window.menu("viewMenu").getText()).isEqualTo("_Ansicht");
        assertThat(robot.lookup("#browserRefresh").queryAs(Labeled.class).getText())
                .isEqualTo("Aktualisieren");
        assertThat(cut).as("labels shown cut short").isEmpty();
    }

    @Test
    void theMenusWriteShortcutsWithGermanKeyNames(FxRobot robot) {
        robot.interact(() -> themed.window.menu("fileMenu").show());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = new ArrayList<>();
        robot.lookup(".accelerator-text")
                .queryAllAs(Label.class)
                .forEach(l -> shown.add(l.getText()));
        robot.interact(() -> themed.window.menu("fileMenu").hide());

        assertThat(shown).contains("Strg+O", "Strg+Entf", "Strg+Umschalt+R");
        assertThat(shown).noneMatch(t -> t.contains("Ctrl") || t.contains("Shift"));
        assertThat(ShortcutSheet.rows(themed.window.menuBar()))
                .extracting(ShortcutSheet.Row::shortcut)
                .contains("Strg+0", "Alt+Pfeil ab", "Umschalt+F6")
                .noneMatch(t -> t.contains("DIGIT") || t.contains("Ctrl"));
        Button zoomIn = robot.lookup("#zoomIn").queryAs(Button.class);
        assertThat(zoomIn.getTooltip().getText()).endsWith("(Strg+=)");
    }

    /**
     * Buttons (menu titles are buttons too) whose shown text is not their whole label, or that
     * reach past the edge of their pane, where the pane cuts them off.
     */
    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase) {
            Labeled labeled = (Labeled) node;
            Node shown = labeled.lookup(".text");
            String label = labeled.getText() == null ? "" : labeled.getText().replace("_", "");
            if (shown instanceof Text
                    && !label.isEmpty()
                    && !((Text) shown).getText().equals(label)) {
                cut.add(label + " shown as " + ((Text) shown).getText());
            }
            String clipped = clippedBy(node);
            if (clipped != null && !label.isEmpty()) {
                cut.add(label + " reaches past the edge of " + clipped);
            }
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    /** The first enclosing node whose clip cuts off part of {@code node}, or null. */
    private static String clippedBy(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                if (b.getMinX() < clip.getMinX() - 1 || b.getMaxX() > clip.getMaxX() + 1) {
                    return n.getClass().getSimpleName() + " " + n.getId();
                }
            }
        }
        return null;
    }

    private void save(FxRobot robot) throws IOException {
        WritableImage image =
                WaitForAsyncUtils.waitForAsyncFx(
                        5000, () -> themed.window.root().getScene().snapshot(null));
        Files.createDirectories(SHOTS);
        ImageIO.write(
                SwingFXUtils.fromFXImage(image, null),
                "png",
                SHOTS.resolve("main-de.png").toFile());
    }
}

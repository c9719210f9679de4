package org.seqdesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves a picture of a node when {@code -Dseqdesk.shots=<folder>} is given, to look at screens. */
public final class Shots {
    private Shots() {}

    public static void save(Node node, String name) {
        String folder = System.getProperty("seqdesk.shots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            WritableImage image =
                    WaitForAsyncUtils.waitForAsyncFx(5000, () -> node.snapshot(null, null));
            ImageIO.write(
                    SwingFXUtils.fromFXImage(image, null),
                    "png",
                    dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("could not save " + name, e);
        }
    }
}

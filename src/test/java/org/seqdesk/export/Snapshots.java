package org.seqdesk.export;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves a picture of a window when {@code -Dseqdesk.snapshots=DIR} is given, to look at it. */
final class Snapshots {
    private Snapshots() {}

    static void save(Stage stage, String name) {
        String dir = System.getProperty("seqdesk.snapshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> image.set(stage.getScene().snapshot(null)));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            File out = new File(dir, name + ".png");
            out.getParentFile().mkdirs();
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

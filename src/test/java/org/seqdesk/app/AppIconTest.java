package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconTest {
    @Test
    void everyWindowIconSizeIsAPngOfThatSize() throws IOException {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in =
                    SeqDeskApp.class.getResourceAsStream("icons/seqdesk-" + size + ".png")) {
                assertThat(in).as("icon %d", size).isNotNull();
                BufferedImage image = ImageIO.read(in);

                assertThat(image.getWidth()).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
                assertThat(image.getColorModel().hasAlpha()).isTrue();
            }
        }
    }
}

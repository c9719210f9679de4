package org.seqdesk.sandbox.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds a TrueType font for text burnt into pictures. The bundled ffmpeg draws text with FreeType
 * and has no font lookup of its own, so it must be given a file.
 */
final class Fonts {
    private static final List<String> CANDIDATES =
            List.of(
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/TTF/DejaVuSans.ttf",
                    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
                    "/System/Library/Fonts/Supplemental/Arial.ttf",
                    "/Library/Fonts/Arial.ttf",
                    "C:/Windows/Fonts/arial.ttf");

    private Fonts() {}

    /** The font named by {@code -Dseqdesk.font}, else the first common one present. */
    static Optional<Path> find() {
        String explicit = System.getProperty("seqdesk.font");
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            return Files.isReadable(p) ? Optional.of(p) : Optional.empty();
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }
}

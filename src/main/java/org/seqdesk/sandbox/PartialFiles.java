package org.seqdesk.sandbox;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the half-written files a killed process leaves behind: renders write {@code
 * .<name>-<n>.part.<ext>} beside their output, exports {@code <name>.part}; both are moved into
 * place only when complete, so at start-up any that remain are garbage.
 */
final class PartialFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PartialFiles.class);
    private static final Pattern RENDER = Pattern.compile("\\..+-\\d+(\\.part\\.[^.]+|\\.tmp)");
    private static final Pattern EXPORT = Pattern.compile(".+\\.part");

    private PartialFiles() {}

    /** Deletes the partial files under {@code dir}; returns how many. */
    static int removeUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int[] removed = {0};
        try {
            Files.walkFileTree(
                    dir,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && isPartial(file)) {
                                delete(file);
                                removed[0]++;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            LOG.warn("Could not look for partial files in {}: {}", dir, e.getMessage());
        }
        return removed[0];
    }

    static boolean isPartial(Path file) {
        String name = file.getFileName().toString();
        return RENDER.matcher(name).matches() || EXPORT.matcher(name).matches();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            LOG.info("Removed {}, left half-written when the sandbox last stopped", file);
        } catch (IOException e) {
            LOG.warn("Could not remove the partial file {}: {}", file, e.getMessage());
        }
    }
}

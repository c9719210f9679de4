package org.seqdesk.sandbox.media;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A temporary file beside the final output: written first, moved into place by {@link #commit()},
 * and deleted on {@link #close()} when it was not committed, so a failed or cancelled run leaves
 * nothing at the output path.
 */
final class OutputFile implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutputFile.class);

    private final Path target;
    private final Path temporary;
    private boolean committed;

    private OutputFile(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    static OutputFile beside(Path target) throws MediaException {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            String name = target.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String suffix = dot < 0 ? ".tmp" : ".part" + name.substring(dot);
            Path temp = Files.createTempFile(dir, "." + name + "-", suffix);
            return new OutputFile(target, temp);
        } catch (IOException e) {
            throw new MediaException("cannot write to " + dir + ": " + e.getMessage(), e);
        }
    }

    Path temporary() {
        return temporary;
    }

    void commit() throws MediaException {
        try {
            try {
                Files.move(
                        temporary,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new MediaException("cannot move the result to " + target + ": " + e, e);
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.warn("could not delete the partial file {}", temporary, e);
        }
    }
}

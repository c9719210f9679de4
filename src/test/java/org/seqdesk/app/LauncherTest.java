package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir Path dir;

    @Test
    void oneExistingEditingFileIsOpenedInTheWindow() throws IOException {
        for (String name : new String[] {"a.otio", "b.fcpxml", "c.edl", "d.xml", "E.EDL"}) {
            Path file = Files.writeString(dir.resolve(name), "x");

            assertThat(Launcher.openableFile(new String[] {file.toString()}))
                    .contains(file.toAbsolutePath().normalize());
        }
    }

    @Test
    void aMissingFileIsLeftToTheCommandLine() {
        String missing = dir.resolve("gone.otio").toString();

        assertThat(Launcher.openableFile(new String[] {missing})).isEmpty();
    }

    @Test
    void commandsAndOtherFilesAreLeftToTheCommandLine() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "x");
        Path edl = Files.writeString(dir.resolve("cut.edl"), "x");
        Path folder = Files.createDirectory(dir.resolve("folder.otio"));

        assertThat(Launcher.openableFile(new String[] {"--version"})).isEmpty();
        assertThat(Launcher.openableFile(new String[] {text.toString()})).isEmpty();
        assertThat(Launcher.openableFile(new String[] {folder.toString()})).isEmpty();
        assertThat(Launcher.openableFile(new String[] {"convert", edl.toString()})).isEmpty();
        assertThat(Launcher.openableFile(new String[0])).isEmpty();
    }
}

package org.seqdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Saving an export answer: the file's permissions and the words when it cannot be saved. */
class DownloadFileTest {
    @TempDir Path dir;

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static Download.Result save(Path target) throws IOException {
        Download download = new Download((done, total) -> {}, () -> false);
        return download.plain(ResponseBody.create("TITLE: Cut\n", null), target);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void exportedFileCanBeReadByOthersLikeAnyOtherSavedFile() throws IOException {
        Path target = dir.resolve("cut.edl");

        save(target);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void replacingAFileKeepsItsPermissions() throws IOException {
        Path target = dir.resolve("cut.edl");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));

        save(target);

        assertThat(Files.readString(target)).isEqualTo("TITLE: Cut\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void aFileWhereAFolderShouldBeIsNamedAsSuch() throws IOException {
        Path existing = Files.writeString(dir.resolve("notes.txt"), "keep");
        Path target = existing.resolve("sub.fcpxml");

        Throwable error = catchThrowable(() -> save(target));

        assertThat(ErrorText.sentence(error))
                .contains(existing + " is a file, not a folder")
                .contains(target.toString());
        assertThat(Files.readString(existing)).isEqualTo("keep");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anUnwritableFolderNamesTheChosenFileNotTheTemporaryOne() {
        Path target = Path.of("/proc/cut.edl");

        Throwable error = catchThrowable(() -> save(target));

        assertThat(ErrorText.sentence(error))
                .startsWith("The file " + target + " could not be written (")
                .doesNotContain(".part");
    }
}

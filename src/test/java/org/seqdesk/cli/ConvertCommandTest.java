package org.seqdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.OtioReader;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.VidispineFormat;
import picocli.CommandLine;

class ConvertCommandTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new SeqDeskCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private static Path corpus(String relative) {
        return Path.of(System.getProperty("seqdesk.corpus", "../shared/corpus")).resolve(relative);
    }

    @Test
    void convertsAnEdlToOtioInAFileAndExitsZeroWhenClean() throws IOException {
        Path target = dir.resolve("gap.otio");

        int code =
                run(
                        "convert",
                        corpus("edl/otio_gap_test.edl").toString(),
                        "--to",
                        "otio",
                        "-o",
                        target.toString());

        assertThat(code).as(err.toString()).isZero();
        Sequence s = new OtioReader().read(Files.readAllBytes(target), "").sequence().orElseThrow();
        assertThat(s.segmentCount()).isEqualTo(3);
        assertThat(err.toString()).contains("note: an EDL does not state its frame rate");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void printsToStandardOutputWithoutAnOutputFile() {
        int code =
                run(
                        "convert",
                        corpus("otio/otio_clip_example.otio").toString(),
                        "--to",
                        "vidispine");

        // clip names are lost in a SequenceDocument: converted, with losses
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("note: not kept: 1 clip names");
        assertThat(out.toString())
                .contains("<SequenceDocument xmlns=\"http://xml.vidispine.com/schema/vidispine\">");
    }

    @Test
    void reportsProblemsWithLineNumbersAndExitsOne() {
        int code =
                run("convert", corpus("edl/otio_timecode_mismatch.edl").toString(), "--to", "edl");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("warning: line 13: source length 49 frames differs");
        assertThat(out.toString()).startsWith("TITLE: SQ0002_A2");
    }

    @Test
    void writesJsonSequenceDocumentsWhenTheOutputEndsInJson() throws IOException {
        Path target = dir.resolve("seq.json");

        run(
                "convert",
                corpus("edl/otio_dissolve_test_3.edl").toString(),
                "--to",
                "vidispine",
                "-o",
                target.toString());

        byte[] json = Files.readAllBytes(target);
        assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{");
        assertThat(VidispineFormat.readJson(json, "").sequence().orElseThrow().segmentCount())
                .isEqualTo(3);
    }

    @Test
    void theConvertedFileIsReadableLikeAnyOtherAndAMissingFolderIsNamed() throws IOException {
        Path target = dir.resolve("gap.otio");
        String edl = corpus("edl/otio_gap_test.edl").toString();

        run("convert", edl, "--to", "otio", "-o", target.toString());
        int missing =
                run("convert", edl, "--to", "otio", "-o", dir.resolve("nope/x.otio").toString());

        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(
                            java.nio.file.attribute.PosixFilePermissions.toString(
                                    Files.getPosixFilePermissions(target)))
                    .isEqualTo("rw-r--r--");
        }
        assertThat(missing).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void replacesAnExistingOutputFile() throws IOException {
        Path target = dir.resolve("out.edl");
        Files.writeString(target, "old");

        int code =
                run(
                        "convert",
                        corpus("edl/otio_wipe_test.edl").toString(),
                        "--to",
                        "edl",
                        "-o",
                        target.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(target)).startsWith("TITLE: wipe test").contains("W001 010");
    }

    @Test
    void exitsTwoForAnUnreadableInput() throws IOException {
        Path garbage = dir.resolve("garbage.otio");
        Files.write(garbage, new byte[] {0, 1, 2, 3, (byte) 0xff});
        Path target = dir.resolve("x.edl");

        int code = run("convert", garbage.toString(), "--to", "edl", "-o", target.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("error:");
        assertThat(target).doesNotExist();
    }

    @Test
    void exitsTwoForAMissingFileOrAnUnknownTarget() {
        assertThat(run("convert", dir.resolve("none.edl").toString(), "--to", "otio")).isEqualTo(2);
        assertThat(run("convert", corpus("edl/otio_gap_test.edl").toString(), "--to", "mp4"))
                .isEqualTo(2);
    }

    @Test
    void readsAnEdlAtAGivenRate() {
        int code =
                run(
                        "convert",
                        corpus("edl/otio_gap_test.edl").toString(),
                        "--to",
                        "otio",
                        "--rate",
                        "25");

        assertThat(code).isZero();
        assertThat(err.toString()).doesNotContain("does not state its frame rate");
        assertThat(out.toString()).contains("\"rate\" : 25.0");
    }

    @Test
    void parsesCommonRateSpellings() {
        assertThat(ConvertCommand.parseRate("29.97DF")).isEqualTo(FrameRate.FPS_29_97_DF);
        assertThat(ConvertCommand.parseRate("23.976")).isEqualTo(FrameRate.FPS_23_976);
        assertThat(ConvertCommand.parseRate("30000/1001")).isEqualTo(FrameRate.FPS_29_97_NDF);
        assertThat(ConvertCommand.parseRate("59.94 DF")).isEqualTo(FrameRate.FPS_59_94_DF);
    }

    @Test
    void refusesToWriteOverItsInputAndLeavesItUntouched() throws IOException {
        Path edl = dir.resolve("x.edl");
        Files.copy(corpus("edl/otio_gap_test.edl"), edl);
        byte[] before = Files.readAllBytes(edl);
        Path sameByAnotherPath = dir.resolve("sub").resolve("..").resolve("x.edl");
        Files.createDirectory(dir.resolve("sub"));

        int code =
                run("convert", edl.toString(), "--to", "edl", "-o", sameByAnotherPath.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo(
                        "error: the output "
                                + sameByAnotherPath
                                + " is the input file; choose another output file");
        assertThat(Files.readAllBytes(edl)).isEqualTo(before);
    }

    @Test
    void anUnknownRateSaysWhichRatesAreAccepted() {
        int code =
                run(
                        "convert",
                        corpus("edl/otio_gap_test.edl").toString(),
                        "--to",
                        "otio",
                        "--rate",
                        "abc");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("--rate 'abc' is not a frame rate; use 23.976, 24, 25, 29.97DF")
                .doesNotContain("For input string");
    }
}

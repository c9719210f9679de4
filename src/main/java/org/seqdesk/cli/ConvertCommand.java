package org.seqdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.seqdesk.timeline.EdlReader;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Problem;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.ReadResult;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.seqdesk.timeline.SequenceReader;
import org.seqdesk.timeline.SequenceWriter;
import org.seqdesk.timeline.VidispineFormat;
import org.seqdesk.timeline.WriteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code seqdesk convert IN --to FORMAT [-o OUT]}: converts a sequence between formats. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Converts an edit sequence between formats: vidispine (SequenceDocument, XML; JSON"
                    + " when OUT ends in .json), edl (CMX 3600), otio, finalcut, finalcut-x.",
            "Problems go to standard error. Exit codes: 0 converted cleanly, 1 converted with"
                    + " problems or losses (warnings), 2 the input could not be read or the"
                    + " output not written."
        })
public final class ConvertCommand implements Callable<Integer> {
    static final int CLEAN = 0;
    static final int WITH_PROBLEMS = 1;
    static final int UNREADABLE = 2;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The file to convert.")
    Path input;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "FORMAT",
            description = "Output format: vidispine, edl, otio, finalcut, finalcut-x.")
    String to;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Output file (written atomically); standard output if absent.")
    Path output;

    @Option(
            names = "--from",
            paramLabel = "FORMAT",
            description = "Input format, when the extension and content do not tell.")
    String from;

    @Option(
            names = "--rate",
            paramLabel = "FPS",
            description = "Frame rate of an EDL input (25, 23.976, 29.97DF, 30000/1001 …).")
    String rate;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<SequenceFormat> target = SequenceFormat.byId(to);
        Optional<SequenceWriter> writer = target.flatMap(SequenceFormats::writer);
        if (writer.isEmpty()) {
            err.println("error: cannot write format '" + to + "'");
            return UNREADABLE;
        }
        if (writesOverInput()) {
            err.println(
                    "error: the output "
                            + output
                            + " is the input file; choose another output file");
            return UNREADABLE;
        }
        ReadResult read = read(err);
        if (read == null) {
            return UNREADABLE;
        }
        WriteResult written = write(target.get(), writer.get(), read);
        report(err, "not kept: ", written.losses());
        if (!emit(written, err)) {
            return UNREADABLE;
        }
        // Notes from the reader (a guessed EDL rate) are not problems; anything the target
        // format could not hold is, whatever its severity.
        boolean readProblems =
                read.problems().stream().anyMatch(p -> p.severity() != Problem.Severity.INFO);
        return readProblems || !written.losses().isEmpty() ? WITH_PROBLEMS : CLEAN;
    }

    /** Whether {@code -o} names the input file itself, by any path or link. */
    private boolean writesOverInput() {
        if (output == null || !Files.exists(output) || !Files.exists(input)) {
            return false;
        }
        try {
            return Files.isSameFile(input.toRealPath(), output.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The input's sequence and problems (reported), or null when it cannot be read. */
    private ReadResult read(PrintWriter err) {
        ReadResult read;
        try {
            byte[] content = Files.readAllBytes(input);
            read = reader(content).read(content, input.getFileName().toString());
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("error: cannot read " + input + ": no such file");
            return null;
        } catch (IOException e) {
            err.println("error: cannot read " + input + ": " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
        report(err, "", read.problems());
        if (read.sequence().isEmpty()) {
            err.println("error: " + input + " could not be read");
            return null;
        }
        return read;
    }

    private SequenceReader reader(byte[] content) {
        SequenceFormat format =
                from != null
                        ? SequenceFormat.byId(from)
                                .orElseThrow(
                                        () ->
                                                new IllegalArgumentException(
                                                        "unknown format " + from))
                        : SequenceFormats.detect(input.getFileName().toString(), content)
                                .orElseThrow(
                                        () ->
                                                new IllegalArgumentException(
                                                        "cannot tell the format of " + input));
        if (format == SequenceFormat.EDL && rate != null) {
            return new EdlReader(parseRate(rate));
        }
        return SequenceFormats.reader(format);
    }

    private WriteResult write(SequenceFormat format, SequenceWriter writer, ReadResult read) {
        boolean json =
                output != null
                        && output.getFileName()
                                .toString()
                                .toLowerCase(Locale.ROOT)
                                .endsWith(".json");
        if (format == SequenceFormat.VIDISPINE && json) {
            return VidispineFormat.writeJson(read.sequence().get());
        }
        return writer.write(read.sequence().get());
    }

    private boolean emit(WriteResult written, PrintWriter err) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(written.text());
            out.flush();
            return true;
        }
        try {
            writeAtomically(output, written.content());
            return true;
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return false;
        }
    }

    /** Writes to a temporary file beside {@code target}, then moves it into place. */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            Files.write(temp, content);
            keepUsualPermissions(temp, target);
            try {
                Files.move(
                        temp,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A temporary file is private to its owner; the converted file should read like any other file
     * the user writes (the old file's permissions when replacing one).
     */
    private static void keepUsualPermissions(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions =
                Files.exists(target)
                        ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void report(PrintWriter err, String prefix, List<Problem> problems) {
        for (Problem p : problems) {
            String level =
                    p.severity() == Problem.Severity.INFO
                            ? "note"
                            : p.severity().toString().toLowerCase(Locale.ROOT);
            err.println(
                    level
                            + ": "
                            + prefix
                            + (p.location().isEmpty() ? "" : p.location() + ": ")
                            + p.message());
        }
        err.flush();
    }

    /** {@code 25}, {@code 23.976}, {@code 29.97DF}, {@code 59.94 NDF} or {@code 30000/1001}. */
    static FrameRate parseRate(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        boolean df = t.endsWith("DF") && !t.endsWith("NDF");
        String number = t.replaceAll("N?DF$", "");
        Rational fps;
        switch (number) {
            case "23.976":
            case "23.98":
                fps = Rational.of(24000, 1001);
                break;
            case "29.97":
                fps = Rational.of(30000, 1001);
                break;
            case "59.94":
                fps = Rational.of(60000, 1001);
                break;
            default:
                fps = parseNumber(number, text);
        }
        try {
            return new FrameRate(fps, df);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(unknownRate(text), e);
        }
    }

    private static Rational parseNumber(String number, String text) {
        try {
            Rational fps = Rational.parse(number);
            if (fps.signum() <= 0) {
                throw new IllegalArgumentException(unknownRate(text));
            }
            return fps;
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new IllegalArgumentException(unknownRate(text), e);
        }
    }

    private static String unknownRate(String text) {
        return "--rate '"
                + text
                + "' is not a frame rate; use 23.976, 24, 25, 29.97DF, 29.97NDF, 30, 50,"
                + " 59.94DF, 59.94NDF, 60 or a fraction such as 30000/1001";
    }
}

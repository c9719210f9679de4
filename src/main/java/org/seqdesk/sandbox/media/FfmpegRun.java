package org.seqdesk.sandbox.media;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of ffmpeg or ffprobe, bounded in time and cancellable from another thread.
 *
 * <p>Both output streams go to temporary files that the calling thread polls, so a run needs no
 * thread of its own: standard output is handed over line by line (ffmpeg's {@code -progress pipe:1}
 * report, ffprobe's JSON), and the end of the error output becomes the message of a failure.
 */
final class FfmpegRun {
    private static final Logger LOG = LoggerFactory.getLogger(FfmpegRun.class);
    private static final long POLL_MILLIS = 100;
    private static final int TAIL_LINES = 12;

    private final Ffmpeg ffmpeg;
    private final String what;
    private final Duration timeout;
    private volatile boolean cancelled;
    private volatile Process process;

    FfmpegRun(Ffmpeg ffmpeg, String what, Duration timeout) {
        this.ffmpeg = ffmpeg;
        this.what = what;
        this.timeout = timeout;
    }

    /** Runs the command and returns everything it wrote to standard output. */
    List<String> runForOutput(List<String> command) throws MediaException {
        List<String> lines = new ArrayList<>();
        run(command, lines::add);
        return lines;
    }

    /**
     * Runs the command to its end, handing each line of standard output to {@code onLine} on the
     * calling thread.
     *
     * @throws FfmpegFailedException on a nonzero exit or when the time limit passes
     * @throws MediaCancelledException when {@link #cancel()} was called
     */
    void run(List<String> command, Consumer<String> onLine) throws MediaException {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("seqdesk-ffmpeg-", ".out");
            err = Files.createTempFile("seqdesk-ffmpeg-", ".err");
            LOG.debug("{}: {}", what, String.join(" ", command));
            Process p = start(command, out, err);
            int exit = await(p, out, err, onLine);
            if (exit != 0) {
                throw new FfmpegFailedException(what, exit, tail(err));
            }
        } catch (IOException e) {
            if (e instanceof MediaException) {
                throw (MediaException) e;
            }
            throw new MediaException(what + " could not run ffmpeg: " + e.getMessage(), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /**
     * Stops the running process, if any; {@link #run} then throws {@link MediaCancelledException}.
     */
    void cancel() {
        cancelled = true;
        Process p = process;
        if (p != null) {
            p.destroy();
        }
    }

    private Process start(List<String> command, Path out, Path err) throws IOException {
        if (cancelled) {
            throw new MediaCancelledException(what + " was cancelled");
        }
        ProcessBuilder pb = ffmpeg.processBuilder(command);
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        process = p;
        if (cancelled) {
            p.destroy();
        }
        return p;
    }

    private int await(Process p, Path out, Path err, Consumer<String> onLine) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (RandomAccessFile reader = new RandomAccessFile(out.toFile(), "r")) {
            LineReader lines = new LineReader(reader);
            while (true) {
                boolean finished = p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS);
                lines.readNew(onLine, finished);
                if (cancelled) {
                    kill(p);
                    throw new MediaCancelledException(what + " was cancelled");
                }
                if (finished) {
                    return p.exitValue();
                }
                if (System.nanoTime() > deadline) {
                    kill(p);
                    List<String> tail = new ArrayList<>(tail(err));
                    tail.add("stopped after the time limit of " + timeout.toSeconds() + " s");
                    throw new FfmpegFailedException(what, -1, tail);
                }
            }
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new MediaCancelledException(what + " was interrupted");
        } finally {
            process = null;
        }
    }

    private static void kill(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the error output, without blank ones. */
    private static List<String> tail(Path err) {
        try {
            List<String> all = Files.readAllLines(err, StandardCharsets.UTF_8);
            List<String> kept = new ArrayList<>();
            for (String line : all) {
                if (!line.isBlank()) {
                    kept.add(line.strip());
                }
            }
            return kept.subList(Math.max(0, kept.size() - TAIL_LINES), kept.size());
        } catch (IOException e) {
            return List.of("(error output unreadable: " + e.getMessage() + ")");
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("could not delete {}", p, e);
        }
    }

    /** Reads the complete lines appended to a growing file since the last call. */
    private static final class LineReader {
        private final RandomAccessFile file;
        private long position;

        LineReader(RandomAccessFile file) {
            this.file = file;
        }

        void readNew(Consumer<String> onLine, boolean toEnd) throws IOException {
            long length = file.length();
            if (length <= position) {
                return;
            }
            byte[] chunk = new byte[(int) Math.min(length - position, Integer.MAX_VALUE - 8)];
            file.seek(position);
            file.readFully(chunk);
            int start = 0;
            for (int i = 0; i < chunk.length; i++) {
                if (chunk[i] == '\n') {
                    onLine.accept(decode(chunk, start, i));
                    start = i + 1;
                }
            }
            if (toEnd && start < chunk.length) {
                onLine.accept(decode(chunk, start, chunk.length));
                start = chunk.length;
            }
            position += start;
        }

        private static String decode(byte[] bytes, int from, int to) {
            int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
            return new String(bytes, from, end - from, StandardCharsets.UTF_8);
        }
    }
}

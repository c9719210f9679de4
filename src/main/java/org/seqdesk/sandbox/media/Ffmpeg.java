package org.seqdesk.sandbox.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bytedeco.javacpp.Loader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ffmpeg and ffprobe programs that ship inside the {@code org.bytedeco:ffmpeg} jar of this
 * platform, run as external processes.
 *
 * <p>JavaCPP unpacks them, with their shared libraries, into {@code ~/.javacpp/cache} the first
 * time; {@link #get()} does this once per JVM and remembers the outcome. The system property {@code
 * seqdesk.ffmpeg} may name a folder holding {@code ffmpeg} and {@code ffprobe} instead, for a
 * platform without a bundle.
 */
public final class Ffmpeg {
    private static final Logger LOG = LoggerFactory.getLogger(Ffmpeg.class);
    private static final Object LOCK = new Object();
    private static Ffmpeg instance;
    private static FfmpegUnavailableException failure;

    private final Path ffmpeg;
    private final Path ffprobe;
    private final String version;

    private Ffmpeg(Path ffmpeg, Path ffprobe, String version) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
        this.version = version;
    }

    /**
     * The programs of this machine, located on first use.
     *
     * @throws FfmpegUnavailableException when the bundle does not load or its ffmpeg does not
     *     start; the message names the cause (often a missing system library)
     */
    public static Ffmpeg get() throws FfmpegUnavailableException {
        synchronized (LOCK) {
            if (instance == null && failure == null) {
                try {
                    instance = locate();
                    LOG.info("ffmpeg {} at {}", instance.version, instance.ffmpeg);
                } catch (FfmpegUnavailableException e) {
                    LOG.warn("ffmpeg is unavailable: {}", e.getMessage());
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return instance;
        }
    }

    private static Ffmpeg locate() throws FfmpegUnavailableException {
        String override = System.getProperty("seqdesk.ffmpeg");
        Path ffmpeg;
        Path ffprobe;
        if (override != null && !override.isBlank()) {
            Path dir = Path.of(override);
            ffmpeg = dir.resolve(executableName("ffmpeg"));
            ffprobe = dir.resolve(executableName("ffprobe"));
        } else {
            ffmpeg = loadBundled(org.bytedeco.ffmpeg.ffmpeg.class);
            ffprobe = loadBundled(org.bytedeco.ffmpeg.ffprobe.class);
        }
        for (Path p : List.of(ffmpeg, ffprobe)) {
            if (!Files.isExecutable(p)) {
                throw new FfmpegUnavailableException("not an executable program: " + p, null);
            }
        }
        Ffmpeg located = new Ffmpeg(ffmpeg, ffprobe, "");
        return new Ffmpeg(ffmpeg, ffprobe, located.readVersion());
    }

    private static Path loadBundled(Class<?> program) throws FfmpegUnavailableException {
        try {
            String path = Loader.load(program);
            if (path == null) {
                throw new FfmpegUnavailableException(
                        "the ffmpeg bundle has no "
                                + program.getSimpleName()
                                + " for "
                                + Loader.getPlatform(),
                        null);
            }
            return Path.of(path);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | IllegalStateException e) {
            throw new FfmpegUnavailableException(
                    "the bundled ffmpeg could not be loaded on "
                            + Loader.getPlatform()
                            + ": "
                            + rootMessage(e)
                            + " (on Linux it needs the system libraries libpulse0,"
                            + " libxcb1 and libasound2)",
                    e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static String executableName(String name) {
        return isWindows() ? name + ".exe" : name;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    private String readVersion() throws FfmpegUnavailableException {
        try {
            FfmpegRun run =
                    new FfmpegRun(this, "ffmpeg -version", java.time.Duration.ofSeconds(30));
            List<String> out = run.runForOutput(command("-version"));
            String first = out.isEmpty() ? "" : out.get(0);
            // "ffmpeg version 8.0.1 Copyright (c) 2000-2025 the FFmpeg developers"
            String[] words = first.split("\\s+");
            return words.length > 2 && words[1].equals("version") ? words[2] : first;
        } catch (MediaException e) {
            throw new FfmpegUnavailableException(
                    "the ffmpeg program at " + ffmpeg + " does not start: " + e.getMessage(), e);
        }
    }

    /** The ffmpeg executable. */
    public Path executable() {
        return ffmpeg;
    }

    /** The ffprobe executable beside it. */
    public Path probeExecutable() {
        return ffprobe;
    }

    /** The version ffmpeg reports, e.g. {@code 8.0.1}. */
    public String version() {
        return version;
    }

    /** A command line for ffmpeg with the given arguments. */
    List<String> command(String... args) {
        return command(ffmpeg, List.of(args));
    }

    List<String> command(Path program, List<String> args) {
        List<String> cmd = new ArrayList<>(args.size() + 1);
        cmd.add(program.toString());
        cmd.addAll(args);
        return cmd;
    }

    /**
     * A process builder whose environment lets the program find the libraries unpacked beside it:
     * the executables carry a relative search path, but the libraries they load do not.
     */
    public ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        String dir = ffmpeg.getParent().toString();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String variable =
                os.contains("win")
                        ? "PATH"
                        : os.contains("mac") ? "DYLD_LIBRARY_PATH" : "LD_LIBRARY_PATH";
        Map<String, String> env = pb.environment();
        String existing = env.get(variable);
        String separator = System.getProperty("path.separator");
        env.put(
                variable,
                existing == null || existing.isEmpty() ? dir : dir + separator + existing);
        return pb;
    }

    @Override
    public String toString() {
        return "ffmpeg " + version + " at " + ffmpeg;
    }
}

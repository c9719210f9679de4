package org.seqdesk.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.ExportResponseDocument;

/**
 * Streams an export answer into a file: first into a temporary file beside the target, then, only
 * when every byte arrived, moved over the target in one step. A failure or a cancel deletes the
 * temporary file, so the target is either untouched or complete.
 */
final class Download {
    private static final int CHUNK = 64 * 1024;
    private static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    /** Told how many bytes of the answer arrived, and how many are expected (-1 if unknown). */
    @FunctionalInterface
    interface Progress {
        void update(long done, long total);
    }

    /** What arrived: the written file and, for a multipart answer, the response document. */
    record Result(Path file, long bytes, Optional<ExportResponseDocument> response) {}

    private final Progress progress;
    private final BooleanSupplier cancelled;

    Download(Progress progress, BooleanSupplier cancelled) {
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Saves a body that is the exported data itself. Closes the body. */
    Result plain(ResponseBody body, Path target) throws IOException {
        try (body) {
            BufferedSource source = Okio.buffer(counting(body.source(), body.contentLength()));
            return save(source, target, Optional.empty());
        }
    }

    /**
     * Saves the data part of a {@code multipart/mixed} export answer and reads its response
     * document. Parts are told apart by content, as VidiCore fixes neither order nor types.
     */
    Result multipart(ResponseBody body, Path target) throws IOException {
        try (body) {
            MediaType type = body.contentType();
            String boundary = type == null ? null : type.parameter("boundary");
            if (boundary == null) {
                throw new IOException("the answer is not multipart: " + type);
            }
            BufferedSource counted = Okio.buffer(counting(body.source(), body.contentLength()));
            ExportResponseDocument response = null;
            Result saved = null;
            try (MultipartReader reader = new MultipartReader(counted, boundary)) {
                for (MultipartReader.Part next = reader.nextPart();
                        next != null;
                        next = reader.nextPart()) {
                    try (MultipartReader.Part part = next) {
                        if (response == null && isResponse(part)) {
                            response = readResponse(part.body());
                        } else if (saved == null) {
                            saved = save(part.body(), target, Optional.empty());
                        }
                    }
                }
            }
            if (saved == null) {
                throw new IOException("the answer holds no exported data");
            }
            return new Result(saved.file(), saved.bytes(), Optional.ofNullable(response));
        }
    }

    private Result save(BufferedSource source, Path target, Optional<ExportResponseDocument> doc)
            throws IOException {
        try {
            return write(source, target, doc);
        } catch (FileSystemException e) {
            throw TargetFileException.failed(target, e);
        }
    }

    private Result write(BufferedSource source, Path target, Optional<ExportResponseDocument> doc)
            throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d) && !Files.isDirectory(d)) {
                throw TargetFileException.notAFolder(target, d);
            }
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".part");
        boolean done = false;
        try {
            long written = 0;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] chunk = new byte[CHUNK];
                for (int n = source.read(chunk); n != -1; n = source.read(chunk)) {
                    checkCancelled();
                    out.write(chunk, 0, n);
                    written += n;
                }
            }
            checkCancelled();
            keepUsualPermissions(tmp, target);
            move(tmp, target);
            done = true;
            return new Result(target, written, doc);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private void checkCancelled() throws ExportCancelledException {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new ExportCancelledException();
        }
    }

    /**
     * A temporary file is private to its owner; the export should read like any other file the user
     * saves: the replaced file's permissions, else rw-r--r-- on POSIX file systems.
     */
    private static void keepUsualPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions =
                Files.isRegularFile(target)
                        ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(
                    tmp,
                    target,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isResponse(MultipartReader.Part part) throws IOException {
        String type = String.valueOf(part.headers().get("Content-Type")).toLowerCase(Locale.ROOT);
        if (!type.contains("xml") && !type.contains("json") && !type.equals("null")) {
            return false;
        }
        BufferedSource peek = part.body().peek();
        peek.request(4096);
        String text = peek.readString(Math.min(4096, peek.getBuffer().size()), UTF_8);
        return text.contains("ExportResponseDocument")
                || (text.strip().startsWith("{")
                        && (text.contains("\"mappings\"") || text.contains("\"problem\""))
                        && !text.contains("\"track\""));
    }

    private static ExportResponseDocument readResponse(BufferedSource source) throws IOException {
        Buffer buffer = new Buffer();
        while (source.read(buffer, CHUNK) != -1) {
            if (buffer.size() > MAX_DOCUMENT_BYTES) {
                throw new IOException("the export response document is too large");
            }
        }
        byte[] bytes = buffer.readByteArray();
        String text = new String(bytes, UTF_8).strip();
        return text.startsWith("{")
                ? Documents.readJson(bytes, ExportResponseDocument.class)
                : Documents.readXml(bytes, ExportResponseDocument.class);
    }

    private Source counting(Source source, long total) {
        return new ForwardingSource(source) {
            private long done;

            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                long n = super.read(sink, byteCount);
                if (n > 0) {
                    done += n;
                    progress.update(done, total);
                }
                return n;
            }
        };
    }
}

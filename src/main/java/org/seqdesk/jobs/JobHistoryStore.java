package org.seqdesk.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renders this user started, in one JSON file written atomically: a new file is written,
 * flushed to disk and moved over the old one, so a crash leaves either the old or the new history,
 * never half of one. Read on first use. Blocking; call it off the UI thread. Safe for several
 * threads.
 */
public final class JobHistoryStore {
    private static final Logger LOG = LoggerFactory.getLogger(JobHistoryStore.class);
    private static final int FORMAT_VERSION = 1;

    /** The oldest records go when there are more than this many. */
    static final int MAX_RECORDS = 1000;

    private final Path file;
    private final ObjectMapper json;
    private final Map<String, JobRecord> records = new LinkedHashMap<>();
    private boolean loaded;

    public JobHistoryStore(Path file) {
        this.file = file;
        this.json =
                new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** The history file's usual place in the data folder. */
    public static Path defaultFile(Path dataDir) {
        return dataDir.resolve("job-history.json");
    }

    /** Records for one server, newest first. */
    public synchronized List<JobRecord> forServer(String server) {
        load();
        List<JobRecord> list = new ArrayList<>();
        for (JobRecord r : records.values()) {
            if (server.equals(r.server())) {
                list.add(r);
            }
        }
        list.sort(Comparator.comparing(JobRecord::submitted).reversed());
        return list;
    }

    public synchronized Optional<JobRecord> byRequest(String requestId) {
        load();
        return Optional.ofNullable(records.get(requestId));
    }

    public synchronized Optional<JobRecord> byJob(String server, String jobId) {
        load();
        return records.values().stream()
                .filter(r -> server.equals(r.server()) && jobId.equals(r.jobId()))
                .findFirst();
    }

    /** Adds or replaces a record and writes the file before returning. */
    public synchronized void put(JobRecord record) throws IOException {
        load();
        records.put(record.requestId(), record);
        trim();
        write();
    }

    /** Removes a record (a request the server refused) and writes the file. */
    public synchronized void remove(String requestId) throws IOException {
        load();
        if (records.remove(requestId) != null) {
            write();
        }
    }

    private void trim() {
        while (records.size() > MAX_RECORDS) {
            String oldest = records.keySet().iterator().next();
            records.remove(oldest);
        }
    }

    /** Reads the file on first use, so that creating a store costs no I/O on the UI thread. */
    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            HistoryFile stored = json.readValue(file.toFile(), HistoryFile.class);
            if (stored.jobs() != null) {
                stored.jobs().stream()
                        .sorted(Comparator.comparing(JobRecord::submitted))
                        .forEach(r -> records.put(r.requestId(), r));
            }
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            LOG.warn("Job history {} is unreadable; keeping it as {}", file, aside, e);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not move the unreadable job history aside", moveFailed);
            }
        }
    }

    // TODO(#8): two SeqDesk instances of one user share this file and the last writer wins for
    // records both changed; lock the file or merge on write if that proves common.
    private void write() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "job-history", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                json.writerWithDefaultPrettyPrinter()
                        .writeValue(
                                out,
                                new HistoryFile(FORMAT_VERSION, new ArrayList<>(records.values())));
            }
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void move(Path tmp) throws IOException {
        try {
            Files.move(
                    tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file's layout. */
    record HistoryFile(int version, List<JobRecord> jobs) {}
}

package org.seqdesk.connection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server profiles, kept as JSON in one file, written atomically (temporary file, then rename).
 * The built-in sandbox profile is always first and is never written. The file holds no secret: a
 * {@link ServerProfile} has no field for one.
 */
public final class ProfileStore {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileStore.class);
    private static final TypeReference<List<ServerProfile>> LIST = new TypeReference<>() {};

    private final Path file;
    private final ServerProfile sandbox;
    private final ObjectMapper json =
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final List<ServerProfile> saved = new ArrayList<>();

    private ProfileStore(Path file, ServerProfile sandbox) {
        this.file = file;
        this.sandbox = sandbox;
    }

    /** Reads the profiles in {@code file}; a missing file means only the sandbox. */
    public static ProfileStore open(Path file, String sandboxName) throws IOException {
        ProfileStore store = new ProfileStore(file, ServerProfile.sandbox(sandboxName));
        if (Files.exists(file)) {
            store.saved.addAll(store.read(file));
        }
        return store;
    }

    /** Every profile, the sandbox first. */
    public synchronized List<ServerProfile> all() {
        List<ServerProfile> all = new ArrayList<>();
        all.add(sandbox);
        all.addAll(saved);
        return Collections.unmodifiableList(all);
    }

    public synchronized Optional<ServerProfile> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Adds or replaces (same id) a profile and saves. The sandbox cannot be replaced. */
    public synchronized void put(ServerProfile profile) throws IOException {
        if (profile.builtIn() || profile.id().equals(ServerProfile.SANDBOX_ID)) {
            throw new IllegalArgumentException("the built-in sandbox profile cannot be changed");
        }
        int at = indexOf(profile.id());
        if (at >= 0) {
            saved.set(at, profile);
        } else {
            saved.add(profile);
        }
        write(file, saved);
    }

    /** Removes a profile and saves; the built-in sandbox cannot be removed. */
    public synchronized void delete(String id) throws IOException {
        if (id.equals(ServerProfile.SANDBOX_ID)) {
            throw new IllegalArgumentException("the built-in sandbox profile cannot be deleted");
        }
        int at = indexOf(id);
        if (at >= 0) {
            saved.remove(at);
            write(file, saved);
        }
    }

    /** Writes every profile but the sandbox to {@code target}, for another computer. */
    public synchronized void exportTo(Path target) throws IOException {
        write(target, saved);
    }

    /**
     * Adds the profiles in {@code source}; a profile whose id is already here gets a new id.
     * Returns how many were added.
     */
    public synchronized int importFrom(Path source) throws IOException {
        int added = 0;
        for (ServerProfile p : read(source)) {
            if (p.builtIn() || p.id().equals(ServerProfile.SANDBOX_ID)) {
                continue;
            }
            ServerProfile fresh = indexOf(p.id()) >= 0 ? withNewId(p) : p;
            saved.add(fresh);
            added++;
        }
        write(file, saved);
        LOG.info("Imported {} server profiles from {}", added, source);
        return added;
    }

    private static ServerProfile withNewId(ServerProfile p) {
        return new ServerProfile(
                UUID.randomUUID().toString(),
                p.name(),
                p.url(),
                p.authKind(),
                p.user(),
                p.runAs(),
                p.readOnly(),
                p.colour(),
                false);
    }

    private int indexOf(String id) {
        for (int i = 0; i < saved.size(); i++) {
            if (saved.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private List<ServerProfile> read(Path source) throws IOException {
        List<ServerProfile> list = json.readValue(source.toFile(), LIST);
        return list == null ? List.of() : list;
    }

    private void write(Path target, List<ServerProfile> profiles) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            json.writeValue(tmp.toFile(), profiles);
            try {
                Files.move(
                        tmp,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

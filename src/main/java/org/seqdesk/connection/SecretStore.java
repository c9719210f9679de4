package org.seqdesk.connection;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passwords and tokens. They go to the operating system's keyring (Secret Service on Linux,
 * Keychain on macOS, Credential Manager on Windows). Where there is none, they are kept in memory
 * for this session only, so the user is asked once per session; nothing is ever written in clear.
 * Secrets are never logged: only account names are.
 *
 * <p>Opening the store (which probes the keyring) and every look-up may block on the desktop's
 * keyring service, or on the user unlocking it: call them on the background executor, never on the
 * UI thread.
 */
public final class SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(SecretStore.class);
    static final String SERVICE = "SeqDesk";

    /** Where secrets can be kept beyond this session. */
    interface Backend {
        String get(String account) throws Exception;

        void put(String account, String secret) throws Exception;

        void delete(String account) throws Exception;
    }

    private final Backend keyring;
    private final Map<String, String> session = new ConcurrentHashMap<>();

    SecretStore(Backend keyring) {
        this.keyring = keyring;
    }

    /** The OS keyring if one answers, else a store for this session only. Blocks. */
    public static SecretStore open() {
        return probing(osKeyring());
    }

    /**
     * A store over {@code candidate} if it can store and read back a probe value, else a store for
     * this session only. Blocks as long as the keyring takes to answer.
     */
    static SecretStore probing(Backend candidate) {
        Backend backend = candidate != null && answers(candidate) ? candidate : null;
        if (backend == null) {
            LOG.info("No OS keyring available: secrets are kept for this session only");
        }
        return new SecretStore(backend);
    }

    /** A store that keeps secrets in memory only, e.g. for tests and the command line. */
    public static SecretStore sessionOnly() {
        return new SecretStore(null);
    }

    /** Whether secrets outlive this session (an OS keyring is in use). */
    public boolean isPersistent() {
        return keyring != null;
    }

    public Optional<String> get(String account) {
        String cached = session.get(account);
        if (cached != null || keyring == null) {
            return Optional.ofNullable(cached);
        }
        try {
            String s = keyring.get(account);
            if (s != null) {
                session.put(account, s);
            }
            return Optional.ofNullable(s);
        } catch (Exception e) {
            LOG.debug("No secret in the keyring for {}: {}", account, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Keeps a secret: in the keyring if there is one, and for this session in any case. */
    public void put(String account, String secret) {
        session.put(account, secret);
        if (keyring == null) {
            return;
        }
        try {
            keyring.put(account, secret);
        } catch (Exception e) {
            LOG.warn(
                    "The keyring refused the secret for {}; kept for this session only ({})",
                    account,
                    e.getClass().getSimpleName());
        }
    }

    public void delete(String account) {
        session.remove(account);
        if (keyring == null) {
            return;
        }
        try {
            keyring.delete(account);
        } catch (Exception e) {
            LOG.debug("Nothing to delete in the keyring for {}", account);
        }
    }

    /** The java-keyring backend, or null when the platform has none. */
    private static Backend osKeyring() {
        try {
            return new KeyringBackend(Keyring.create());
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.debug("No keyring backend: {}", e.toString());
            return null;
        }
    }

    /** Whether {@code b} stores a probe value and gives it back. */
    private static boolean answers(Backend b) {
        String probe = "probe";
        try {
            b.put("seqdesk-probe", probe);
            boolean ok = probe.equals(b.get("seqdesk-probe"));
            b.delete("seqdesk-probe");
            return ok;
        } catch (Exception | LinkageError e) {
            LOG.debug("The keyring does not answer: {}", e.toString());
            return false;
        }
    }

    private static final class KeyringBackend implements Backend {
        private final Keyring keyring;

        KeyringBackend(Keyring keyring) {
            this.keyring = keyring;
        }

        @Override
        public String get(String account) throws PasswordAccessException {
            return keyring.getPassword(SERVICE, account);
        }

        @Override
        public void put(String account, String secret) throws PasswordAccessException {
            keyring.setPassword(SERVICE, account, secret);
        }

        @Override
        public void delete(String account) throws PasswordAccessException {
            keyring.deletePassword(SERVICE, account);
        }
    }
}

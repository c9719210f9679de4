package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against the desktop's real keyring (Secret Service on Linux). Needs one running, so it is tagged
 * {@code keyring} and left out of the normal run; {@code packaging/linux/keyring-test.sh} starts a
 * private D-Bus session with gnome-keyring and runs it.
 */
@Tag("keyring")
class OsKeyringTest {

    @Test
    void aSecretKeptInTheKeyringIsReadByTheNextSessionAndForgottenOnDelete() {
        String account = "test-" + UUID.randomUUID() + ":basic:editor";
        SecretStore first = SecretStore.open();
        assertTrue(first.isPersistent(), "a keyring answered");

        first.put(account, "s3cret");
        SecretStore next = SecretStore.open();
        assertEquals(Optional.of("s3cret"), next.get(account));

        next.delete(account);
        assertEquals(Optional.empty(), SecretStore.open().get(account));
    }
}

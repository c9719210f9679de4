package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretStoreTest {

    @Test
    void withoutAKeyringSecretsLastForTheSessionOnly() {
        SecretStore store = SecretStore.sessionOnly();
        assertFalse(store.isPersistent());
        assertEquals(Optional.empty(), store.get("p:basic:u"));
        store.put("p:basic:u", "pw");
        assertEquals(Optional.of("pw"), store.get("p:basic:u"));
        store.delete("p:basic:u");
        assertEquals(Optional.empty(), store.get("p:basic:u"));
        assertFalse(SecretStore.sessionOnly().get("p:basic:u").isPresent());
    }

    @Test
    void openingOnAMachineWithoutAKeyringFallsBackInsteadOfFailing() {
        // This build machine is headless, without a Secret Service on the session bus.
        SecretStore store = SecretStore.open();
        store.put("probe-account", "value");
        assertEquals(Optional.of("value"), store.get("probe-account"));
        store.delete("probe-account");
        if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            assertFalse(store.isPersistent());
        }
    }

    @Test
    void aKeyringThatRefusesToStoreStillKeepsTheSecretForTheSession() {
        SecretStore store =
                new SecretStore(
                        new SecretStore.Backend() {
                            @Override
                            public String get(String account) throws Exception {
                                throw new Exception("locked");
                            }

                            @Override
                            public void put(String account, String secret) throws Exception {
                                throw new Exception("locked");
                            }

                            @Override
                            public void delete(String account) throws Exception {
                                throw new Exception("locked");
                            }
                        });
        store.put("a", "pw");
        assertEquals(Optional.of("pw"), store.get("a"));
    }

    @Test
    void aWorkingKeyringIsWrittenThroughAndReadBack() {
        Map<String, String> keyring = new HashMap<>();
        SecretStore.Backend backend =
                new SecretStore.Backend() {
                    @Override
                    public String get(String account) {
                        return keyring.get(account);
                    }

                    @Override
                    public void put(String account, String secret) {
                        keyring.put(account, secret);
                    }

                    @Override
                    public void delete(String account) {
                        keyring.remove(account);
                    }
                };
        new SecretStore(backend).put("a", "pw");
        SecretStore nextSession = new SecretStore(backend);
        assertTrue(nextSession.isPersistent());
        assertEquals(Optional.of("pw"), nextSession.get("a"));
    }

    @Test
    void aKeyringThatDoesNotGiveBackTheProbeIsNotUsed() {
        Map<String, String> written = new HashMap<>();
        SecretStore store =
                SecretStore.probing(
                        new SecretStore.Backend() {
                            @Override
                            public String get(String account) {
                                return null;
                            }

                            @Override
                            public void put(String account, String secret) {
                                written.put(account, secret);
                            }

                            @Override
                            public void delete(String account) {}
                        });
        assertFalse(store.isPersistent());
        written.clear();
        store.put("a", "pw");
        assertTrue(written.isEmpty(), "nothing goes to a keyring that does not answer");
        assertEquals(Optional.of("pw"), store.get("a"));
    }

    @Test
    void aKeyringThatGivesBackTheProbeIsUsedAndLeftWithoutIt() {
        Map<String, String> keyring = new HashMap<>();
        SecretStore store =
                SecretStore.probing(
                        new SecretStore.Backend() {
                            @Override
                            public String get(String account) {
                                return keyring.get(account);
                            }

                            @Override
                            public void put(String account, String secret) {
                                keyring.put(account, secret);
                            }

                            @Override
                            public void delete(String account) {
                                keyring.remove(account);
                            }
                        });
        assertTrue(store.isPersistent());
        assertTrue(keyring.isEmpty(), keyring.toString());
    }
}

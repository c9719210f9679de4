package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    private static final String PASSWORD = "s3cret-Pa55word!";
    private static final String TOKEN = "tok-7f9a2c1e-very-secret";

    @TempDir Path dir;

    @Test
    void roundTripKeepsProfilesAndLeavesNoSecretInTheFile() throws Exception {
        Path file = dir.resolve("profiles.json");
        SecretStore secrets = SecretStore.sessionOnly();
        ProfileStore store = ProfileStore.open(file, "Sandbox");
        ServerProfile prod =
                new ServerProfile(
                        "p1",
                        "Production",
                        "https://vc.example.test:8443",
                        ServerProfile.AuthKind.BASIC,
                        "editor",
                        "assistant",
                        true,
                        "#c0392b",
                        false);
        ServerProfile dev =
                ServerProfile.create(
                        "Dev", "http://127.0.0.1:8080", ServerProfile.AuthKind.TOKEN, null);
        store.put(prod);
        store.put(dev);
        secrets.put(prod.secretAccount(), PASSWORD);
        secrets.put(dev.secretAccount(), TOKEN);

        String text = Files.readString(file);
        assertFalse(text.contains(PASSWORD), text);
        assertFalse(text.contains(TOKEN), text);

        ProfileStore again = ProfileStore.open(file, "Sandbox");
        assertEquals(List.of(ServerProfile.SANDBOX_ID, "p1", dev.id()), ids(again));
        assertEquals(prod, again.find("p1").orElseThrow());
        assertEquals(PASSWORD, secrets.get(prod.secretAccount()).orElseThrow());
    }

    @Test
    void exportAndImportCarryNoSecretAndNeverTheSandbox() throws Exception {
        ProfileStore store = ProfileStore.open(dir.resolve("a.json"), "Sandbox");
        ServerProfile p =
                ServerProfile.create(
                        "Staging", "http://127.0.0.1:9", ServerProfile.AuthKind.BASIC, "me");
        store.put(p);
        SecretStore.sessionOnly().put(p.secretAccount(), PASSWORD);
        Path exported = dir.resolve("export.json");
        store.exportTo(exported);
        String text = Files.readString(exported);
        assertFalse(text.contains(PASSWORD));
        assertFalse(text.contains("\"" + ServerProfile.SANDBOX_ID + "\""));

        ProfileStore other = ProfileStore.open(dir.resolve("b.json"), "Sandbox");
        assertEquals(1, other.importFrom(exported));
        assertEquals(1, other.importFrom(exported));
        assertEquals(3, other.all().size());
        assertEquals(2, other.all().stream().filter(x -> x.name().equals("Staging")).count());
    }

    @Test
    void theSandboxIsAlwaysThereAndCannotBeDeletedOrReplaced() throws Exception {
        ProfileStore store = ProfileStore.open(dir.resolve("p.json"), "Sandbox");
        assertTrue(store.all().get(0).builtIn());
        assertThrows(IllegalArgumentException.class, () -> store.delete(ServerProfile.SANDBOX_ID));
        assertThrows(
                IllegalArgumentException.class,
                () -> store.put(ServerProfile.sandbox("Other name")));
        assertEquals("Sandbox", store.all().get(0).name());
    }

    @Test
    void duplicateGetsItsOwnIdentityAndDeleteRemovesIt() throws Exception {
        ProfileStore store = ProfileStore.open(dir.resolve("p.json"), "Sandbox");
        ServerProfile p =
                ServerProfile.create("A", "http://127.0.0.1:1", ServerProfile.AuthKind.BASIC, "u");
        store.put(p);
        ServerProfile copy = p.duplicate("A (copy)");
        store.put(copy);
        assertFalse(copy.secretAccount().equals(p.secretAccount()));
        store.delete(p.id());
        assertEquals(List.of(ServerProfile.SANDBOX_ID, copy.id()), ids(store));
    }

    private static List<String> ids(ProfileStore store) {
        return store.all().stream().map(ServerProfile::id).toList();
    }

    @Test
    void anImportedFileCarryingAPasswordLeavesItBehind() throws Exception {
        Path handWritten = dir.resolve("from-a-colleague.json");
        Files.writeString(
                handWritten,
                "[{\"id\":\"x\",\"name\":\"Prod\",\"url\":\"http://127.0.0.1:9\","
                        + "\"authKind\":\"BASIC\",\"user\":\"me\",\"password\":\""
                        + PASSWORD
                        + "\"}]");
        ProfileStore store = ProfileStore.open(dir.resolve("profiles.json"), "Sandbox");

        assertEquals(1, store.importFrom(handWritten));

        assertFalse(Files.readString(dir.resolve("profiles.json")).contains(PASSWORD));
        assertEquals("Prod", store.all().get(1).name());
    }

    @Test
    void aFileThatIsNotProfilesIsRefusedAndChangesNothing() throws Exception {
        Path other = dir.resolve("notes.json");
        Files.writeString(other, "{\"not\": \"profiles\"}");
        ProfileStore store = ProfileStore.open(dir.resolve("profiles.json"), "Sandbox");

        assertThrows(IOException.class, () -> store.importFrom(other));

        assertEquals(1, store.all().size());
        assertFalse(Files.exists(dir.resolve("profiles.json")));
    }
}

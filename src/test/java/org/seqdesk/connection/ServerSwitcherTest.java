package org.seqdesk.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.ClientConfig;
import org.seqdesk.app.ServerConnection;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;

/** The rules of switching, step by step on one thread; no server is called. */
class ServerSwitcherTest {
    private final ServerSwitcher switcher = new ServerSwitcher(TaskRunner.inline());

    private static ServerConnection connection(String label) {
        return ServerConnection.toServer(
                ClientConfig.builder("http://127.0.0.1:9").basicAuth("u", "p").build(), label);
    }

    private static boolean closed(ServerConnection c) {
        return c.client().httpClient().dispatcher().executorService().isShutdown();
    }

    @Test
    void theNewConnectionBecomesActiveAndTheOneBeforeIsClosed() throws Exception {
        ServerSwitcher.Attempt first = switcher.begin();
        ServerConnection a = switcher.open(first, () -> connection("A"), false);
        assertTrue(switcher.activate(first, a));
        assertEquals("A", switcher.activeLabel());

        ServerSwitcher.Attempt second = switcher.begin();
        ServerConnection b = switcher.open(second, () -> connection("B"), false);
        assertTrue(switcher.activate(second, b));

        assertTrue(closed(a));
        assertFalse(closed(b));
        assertEquals("B", switcher.activeLabel());
    }

    @Test
    void aConnectionReadyAfterALaterChoiceIsClosedNotShown() throws Exception {
        ServerSwitcher.Attempt first = switcher.begin();
        ServerConnection a = switcher.open(first, () -> connection("A"), false);
        ServerSwitcher.Attempt second = switcher.begin();

        assertFalse(switcher.activate(first, a));
        assertTrue(closed(a));
        assertEquals(Messages.get("connection.notConnected"), switcher.activeLabel());

        ServerConnection b = switcher.open(second, () -> connection("B"), false);
        assertTrue(switcher.activate(second, b));
    }

    @Test
    void aSupersededSandboxIsNeverStarted() throws Exception {
        ServerSwitcher.Attempt first = switcher.begin();
        switcher.begin();
        AtomicBoolean started = new AtomicBoolean();

        ServerConnection none =
                switcher.open(
                        first,
                        () -> {
                            started.set(true);
                            return connection("sandbox");
                        },
                        true);

        assertNull(none);
        assertFalse(started.get());
    }

    @Test
    void aSandboxStartsOnlyOnceTheSandboxBeforeIsStopped() throws Exception {
        ServerSwitcher.Attempt first = switcher.begin();
        ServerConnection one = switcher.open(first, () -> connection("sandbox 1"), true);
        assertTrue(switcher.activate(first, one));

        ServerSwitcher.Attempt second = switcher.begin();
        AtomicBoolean oneWasStopped = new AtomicBoolean();
        ServerConnection two =
                switcher.open(
                        second,
                        () -> {
                            oneWasStopped.set(closed(one));
                            return connection("sandbox 2");
                        },
                        true);

        assertTrue(oneWasStopped.get());
        assertTrue(switcher.activate(second, two));
        assertFalse(closed(two));
    }

    @Test
    void supersedingRunsTheCancelStepsOnceEvenWhenRegisteredLate() {
        ServerSwitcher.Attempt first = switcher.begin();
        int[] cancels = new int[2];
        first.onSupersede(() -> cancels[0]++);
        switcher.begin();
        first.onSupersede(() -> cancels[1]++);
        switcher.closeAll();

        assertEquals(1, cancels[0]);
        assertEquals(1, cancels[1]);
        assertTrue(first.superseded());
    }
}

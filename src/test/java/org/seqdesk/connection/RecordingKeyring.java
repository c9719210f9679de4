package org.seqdesk.connection;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** A keyring that takes its time on each call and notes each call and the thread it came on. */
final class RecordingKeyring implements SecretStore.Backend {
    final Map<String, String> entries = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final AtomicInteger onUiThread = new AtomicInteger();
    private final long delayMs;

    RecordingKeyring(long delayMs) {
        this.delayMs = delayMs;
    }

    @Override
    public String get(String account) throws Exception {
        called("get " + account);
        return entries.get(account);
    }

    @Override
    public void put(String account, String secret) throws Exception {
        called("put " + account);
        entries.put(account, secret);
    }

    @Override
    public void delete(String account) throws Exception {
        called("delete " + account);
        entries.remove(account);
    }

    private void called(String what) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            onUiThread.incrementAndGet();
        }
        calls.add(what);
        Thread.sleep(delayMs);
    }
}

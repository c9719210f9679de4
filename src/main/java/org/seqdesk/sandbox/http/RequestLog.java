package org.seqdesk.sandbox.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last requests the server answered, for tests and diagnostics: method, path, query, content
 * type, accept, body size and status. Credentials are never recorded.
 */
public final class RequestLog {
    private static final int CAPACITY = 200;

    private final Deque<Seen> seen = new ArrayDeque<>();

    /** One answered request. */
    public record Seen(
            String method,
            String path,
            String query,
            String contentType,
            String accept,
            int bodyBytes,
            int status) {}

    synchronized void add(Seen s) {
        if (seen.size() == CAPACITY) {
            seen.removeFirst();
        }
        seen.addLast(s);
    }

    /** The requests, oldest first. */
    public synchronized List<Seen> recent() {
        return List.copyOf(seen);
    }

    /** The latest request, if any. */
    public synchronized Seen last() {
        return seen.peekLast();
    }

    public synchronized void clear() {
        seen.clear();
    }
}

package org.seqdesk.common;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Turns a failure into one short sentence for people. Packages that know their own failure types
 * (the server client's typed failures) register a translator at start-up; stack traces stay in the
 * log.
 */
public final class ErrorText {
    private static final List<Function<Throwable, Optional<String>>> TRANSLATORS =
            new CopyOnWriteArrayList<>();

    private ErrorText() {}

    /** Adds a translator; it answers empty for failures it does not know. */
    public static void register(Function<Throwable, Optional<String>> translator) {
        TRANSLATORS.add(translator);
    }

    public static String of(Throwable failure) {
        Throwable e = unwrap(failure);
        for (Function<Throwable, Optional<String>> t : TRANSLATORS) {
            Optional<String> text = t.apply(e);
            if (text.isPresent()) {
                return text.get();
            }
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return Messages.get("error.unreachable");
        }
        if (e instanceof InterruptedIOException) {
            return Messages.get("error.timeout");
        }
        if (e instanceof IOException) {
            return Messages.get("error.io");
        }
        return Messages.get("error.generic");
    }

    private static Throwable unwrap(Throwable e) {
        Throwable now = e;
        while ((now instanceof ExecutionException || now instanceof CompletionException)
                && now.getCause() != null) {
            now = now.getCause();
        }
        return now;
    }
}

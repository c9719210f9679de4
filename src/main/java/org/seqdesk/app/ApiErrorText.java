package org.seqdesk.app;

import java.util.Optional;
import org.seqdesk.api.ApiException;
import org.seqdesk.common.ErrorText;
import org.seqdesk.common.Messages;

/** The sentences people read for the client's typed failures. */
final class ApiErrorText {
    private ApiErrorText() {}

    static void install() {
        ErrorText.register(ApiErrorText::sentence);
    }

    static Optional<String> sentence(Throwable e) {
        if (!(e instanceof ApiException)) {
            return Optional.empty();
        }
        ApiException a = (ApiException) e;
        String explanation = a.explanation() == null ? "" : a.explanation();
        String key = "error.api." + a.kind();
        String text = Messages.get(key, explanation, a.status());
        return text.startsWith("!") ? Optional.empty() : Optional.of(text);
    }
}

package org.seqdesk.api;

import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Removes credentials from what SeqDesk logs or shows: user info in URLs, and the values of query
 * parameters whose names suggest a secret.
 */
public final class Redaction {
    /** What stands in for a removed secret. */
    public static final String MASK = "██";

    private static final Set<String> SECRET_WORDS =
            Set.of("token", "password", "passwd", "pwd", "secret", "auth", "key", "credential");

    private Redaction() {}

    /** The URL without user info, secret query values replaced by {@link #MASK}. */
    public static String url(HttpUrl url) {
        HttpUrl.Builder b = url.newBuilder().username("").password("");
        for (String name : url.queryParameterNames()) {
            if (isSecretName(name)) {
                b.setQueryParameter(name, MASK);
            }
        }
        return b.build().toString().replace("%E2%96%88%E2%96%88", MASK);
    }

    /**
     * True for names such as {@code token}, {@code access_token}, {@code password}, {@code apiKey}.
     */
    public static boolean isSecretName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (n.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The request as a failure names it. */
    static ApiException.Request request(okhttp3.Request request) {
        return new ApiException.Request(request.method(), url(request.url()));
    }
}

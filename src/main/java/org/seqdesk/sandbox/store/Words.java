package org.seqdesk.sandbox.store;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Splits text into the lower-case words the free-text index holds. */
public final class Words {
    static final int MAX_LENGTH = 64;

    private Words() {}

    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w);
            }
        }
        return words;
    }
}

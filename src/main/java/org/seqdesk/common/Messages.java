package org.seqdesk.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every string a person reads, from the one bundle {@code org/seqdesk/messages}. */
public final class Messages {
    private static final String BUNDLE = "org.seqdesk.messages";
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE);

    private Messages() {}

    /** Switches the language for strings fetched from now on. */
    public static void use(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0
                ? pattern
                : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}

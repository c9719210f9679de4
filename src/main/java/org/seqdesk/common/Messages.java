package org.seqdesk.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string a person reads, from the one bundle {@code org/seqdesk/messages} in the language
 * chosen at start ({@link #use}). The bundle files are UTF-8, which {@code ResourceBundle} reads
 * since Java 9.
 */
public final class Messages {
    private static final String BUNDLE = "org.seqdesk.messages";

    /*
     * Without this control a locale whose bundle is missing (English has no messages_en) falls
     * back to the JVM's default locale before the base bundle, so choosing English on a German
     * system would still show German.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = Locale.getDefault();
    private static volatile ResourceBundle bundle = bundle(locale);

    private Messages() {}

    /** Switches the language (and the formats of numbers in messages) from now on. */
    public static void use(Locale chosen) {
        bundle = bundle(chosen);
        locale = chosen;
    }

    /** The locale chosen at start: its language picks the texts, its region the formats. */
    public static Locale locale() {
        return locale;
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The bundle for {@code locale}: its language's file, else the English base. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        return get(bundle, locale, key, args);
    }

    /** The text for {@code key} from {@code texts}, arguments formatted for {@code locale}. */
    public static String get(ResourceBundle texts, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}

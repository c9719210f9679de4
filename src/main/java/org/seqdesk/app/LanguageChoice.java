package org.seqdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.seqdesk.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language of the texts and formats: the system's by default, or one the person picks in View →
 * Language, kept in the preferences file beside the theme. It applies at start; the screens are
 * built once, so a new choice shows after a restart, and the menu says so.
 */
public final class LanguageChoice {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageChoice.class);
    private static final String KEY = "language";

    /** What the person picked. */
    public enum Language {
        SYSTEM(null, "menu.view.language.system"),
        ENGLISH(Locale.ENGLISH, "menu.view.language.english"),
        GERMAN(Locale.GERMAN, "menu.view.language.german");

        private final Locale locale;
        private final String key;

        Language(Locale locale, String key) {
            this.locale = locale;
            this.key = key;
        }
    }

    /** The operating system's locale, before {@link #applyAtStart} replaces the default. */
    private static volatile Locale systemLocale = Locale.getDefault();

    private final PreferencesFile preferences;
    private Language chosen;

    public LanguageChoice(Path file) {
        this.preferences = new PreferencesFile(file);
        this.chosen = load(preferences);
    }

    public Language chosen() {
        return chosen;
    }

    /** The locale for this start: the choice, on the system locale {@code system}. */
    public Locale locale(Locale system) {
        return resolve(chosen, system);
    }

    /**
     * The system locale when following it or when it speaks the chosen language (so {@code de_AT}
     * keeps its region's formats with German), else the chosen language alone.
     */
    static Locale resolve(Language language, Locale system) {
        if (language == Language.SYSTEM
                || language.locale.getLanguage().equals(system.getLanguage())) {
            return system;
        }
        return language.locale;
    }

    /**
     * Sets the JVM's default locale (JavaFX's own dialog buttons read it) and the messages'. Call
     * before the first window is built.
     */
    public void applyAtStart() {
        Locale locale = locale(systemLocale);
        Locale.setDefault(locale);
        Messages.use(locale);
        LOG.debug("Language {} ({})", chosen, locale);
    }

    /** Stores {@code language} for the next start. */
    public void choose(Language language) {
        chosen = language;
        preferences.put(KEY, language.name());
    }

    /** View → Language: the choices, and a note that a change shows after a restart. */
    public Menu menu() {
        Menu menu = new Menu(Messages.get("menu.view.language"));
        menu.setId("languageMenu");
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(l.key));
            item.setId("language-" + l.name());
            item.setToggleGroup(group);
            item.setSelected(l == chosen);
            item.setOnAction(
                    e -> {
                        if (l != chosen) {
                            choose(l);
                            restartNote(resolve(l, systemLocale));
                        }
                    });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Says it in the language now shown and, when it differs, in the one chosen. */
    private static void restartNote(Locale next) {
        String text = Messages.get("language.restart.text");
        String inNext = Messages.get(Messages.bundle(next), next, "language.restart.text");
        Alert alert =
                new Alert(
                        Alert.AlertType.INFORMATION,
                        text.equals(inNext) ? text : text + "\n\n" + inNext);
        alert.setTitle(Messages.get("language.restart.title"));
        alert.setHeaderText(null);
        alert.show();
    }

    private static Language load(PreferencesFile preferences) {
        String value = preferences.get(KEY).orElse(Language.SYSTEM.name());
        try {
            return Language.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring unknown language {} in {}", value, preferences.path());
            return Language.SYSTEM;
        }
    }
}

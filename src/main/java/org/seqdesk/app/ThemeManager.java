package org.seqdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The look of every window: an AtlantaFX base theme plus the application stylesheet, whose palette
 * changes with a style class on each scene's root ({@code theme-light}, {@code theme-dark}, {@code
 * theme-high-contrast}). The choice is kept in a small preferences file; by default the app follows
 * the operating system's light or dark choice where it can be read ({@link SystemScheme}).
 */
public final class ThemeManager {
    private static final Logger LOG = LoggerFactory.getLogger(ThemeManager.class);
    static final String STYLESHEET = "/org/seqdesk/app/seqdesk.css";
    private static final String KEY = "theme";
    private static final String TEXT_KEY = "textSize";
    /*
     * The AtlantaFX stylesheets are used as resources: the library's classes are built for Java
     * 21, while the stylesheets work with JavaFX 21 on Java 17.
     */
    static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";
    static final String PRIMER_DARK = "/atlantafx/base/theme/primer-dark.css";

    /** What the person picked in View → Theme. */
    public enum Choice {
        SYSTEM,
        LIGHT,
        DARK,
        HIGH_CONTRAST
    }

    /**
     * The text size chosen in View → Text size. {@code SYSTEM} keeps JavaFX's default font, which
     * follows the desktop's font size; the others scale every window's root font, and with it the
     * words and lanes of the timeline picture, which inherits that font.
     */
    public enum TextSize {
        SYSTEM(null),
        LARGE("text-size-125"),
        LARGER("text-size-150"),
        LARGEST("text-size-200");

        private final String styleClass;

        TextSize(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The root's style class, or null for the system size. */
        public String styleClass() {
            return styleClass;
        }
    }

    /** The look actually shown. */
    public enum Look {
        LIGHT("theme-light"),
        DARK("theme-dark"),
        HIGH_CONTRAST("theme-high-contrast");

        private final String styleClass;

        Look(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    private final PreferencesFile preferences;
    private final Supplier<Boolean> systemPrefersDark;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.SYSTEM);
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(TextSize.SYSTEM);
    private volatile boolean systemDark;
    private boolean following;

    /**
     * Follows the system's choice as last read: at first from the environment alone, then from
     * {@link #probeSystem}, which asks the system without making the window wait.
     */
    public ThemeManager(Path file) {
        this(file, () -> false);
        systemDark = SystemScheme.fromEnvironment(System.getenv("GTK_THEME")).orElse(false);
    }

    ThemeManager(Path file, Supplier<Boolean> systemPrefersDark) {
        this.preferences = new PreferencesFile(file);
        this.systemPrefersDark = systemPrefersDark;
        choice.set(parse(Choice.class, preferences.get(KEY).orElse(null), Choice.SYSTEM));
        textSize.set(
                parse(TextSize.class, preferences.get(TEXT_KEY).orElse(null), TextSize.SYSTEM));
        choice.addListener((o, old, now) -> changed());
        textSize.addListener((o, old, now) -> changed());
    }

    /**
     * Asks the operating system for its light or dark choice on {@code runner}'s background thread,
     * and restyles the windows when the answer arrives and differs.
     */
    public void probeSystem(TaskRunner runner) {
        probeSystem(runner, SystemScheme::probe);
    }

    void probeSystem(TaskRunner runner, Callable<Boolean> probe) {
        runner.run(
                probe,
                dark -> {
                    boolean before = systemDark;
                    systemDark = dark;
                    if (before != dark && choice.get() == Choice.SYSTEM) {
                        restyle();
                    }
                },
                e -> LOG.debug("The system colour scheme could not be read", e));
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    /** The look for the current choice, asking the system when the choice is {@code SYSTEM}. */
    public Look look() {
        switch (choice.get()) {
            case LIGHT:
                return Look.LIGHT;
            case DARK:
                return Look.DARK;
            case HIGH_CONTRAST:
                return Look.HIGH_CONTRAST;
            default:
                return systemDark || systemPrefersDark.get() ? Look.DARK : Look.LIGHT;
        }
    }

    /**
     * Applies the look now and to every window opened later (dialogs included). Call on the FX
     * thread.
     */
    public void follow() {
        applyBase();
        Window.getWindows().forEach(this::watch);
        if (!following) {
            following = true;
            Window.getWindows()
                    .addListener(
                            (ListChangeListener<Window>)
                                    c -> {
                                        while (c.next()) {
                                            c.getAddedSubList().forEach(this::watch);
                                        }
                                    });
        }
    }

    /** Puts the application stylesheet and the look's style class on {@code scene}. */
    public void apply(Scene scene) {
        String css =
                Objects.requireNonNull(ThemeManager.class.getResource(STYLESHEET)).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        Parent root = scene.getRoot();
        if (root != null) {
            for (Look l : Look.values()) {
                root.getStyleClass().remove(l.styleClass());
            }
            for (TextSize t : TextSize.values()) {
                root.getStyleClass().remove(t.styleClass());
            }
            root.getStyleClass().add(look().styleClass());
            if (textSize.get().styleClass() != null) {
                root.getStyleClass().add(textSize.get().styleClass());
            }
        }
    }

    private void watch(Window window) {
        if (window.getScene() != null) {
            apply(window.getScene());
        }
        window.sceneProperty()
                .addListener(
                        (o, old, now) -> {
                            if (now != null) {
                                apply(now);
                            }
                        });
    }

    private void changed() {
        save();
        restyle();
    }

    private void restyle() {
        applyBase();
        Window.getWindows().stream()
                .map(Window::getScene)
                .filter(Objects::nonNull)
                .forEach(this::apply);
    }

    private void applyBase() {
        String base = look() == Look.LIGHT ? PRIMER_LIGHT : PRIMER_DARK;
        Application.setUserAgentStylesheet(
                Objects.requireNonNull(ThemeManager.class.getResource(base)).toExternalForm());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring unknown preference value {}", value);
            return fallback;
        }
    }

    private void save() {
        preferences.put(KEY, choice.get().name());
        preferences.put(TEXT_KEY, textSize.get().name());
    }
}

package org.seqdesk.common;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Key combinations written as the person's keyboard labels them: "Strg+Umschalt+R" in German,
 * "Ctrl+Shift+R" in English, "⇧⌘R" on macOS. JavaFX's own {@link KeyCombination#getDisplayText} is
 * English on every system and writes some keys by their constant ("DIGIT0"), so menus, tooltips and
 * the shortcut sheet take their text from here.
 */
public final class KeyNames {
    private static final boolean MAC =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");

    /** Keys whose name differs by language, as bundle keys. */
    private static final Map<KeyCode, String> NAMED = new EnumMap<>(KeyCode.class);

    /** Keys written as the character they type, the same in every language. */
    private static final Map<KeyCode, String> SIGNS = new EnumMap<>(KeyCode.class);

    /** Keys macOS writes as a symbol. */
    private static final Map<KeyCode, String> MAC_SIGNS = new EnumMap<>(KeyCode.class);

    static {
        NAMED.put(KeyCode.DELETE, "key.delete");
        NAMED.put(KeyCode.BACK_SPACE, "key.backspace");
        NAMED.put(KeyCode.INSERT, "key.insert");
        NAMED.put(KeyCode.UP, "key.up");
        NAMED.put(KeyCode.DOWN, "key.down");
        NAMED.put(KeyCode.LEFT, "key.left");
        NAMED.put(KeyCode.RIGHT, "key.right");
        NAMED.put(KeyCode.HOME, "key.home");
        NAMED.put(KeyCode.END, "key.end");
        NAMED.put(KeyCode.PAGE_UP, "key.pageUp");
        NAMED.put(KeyCode.PAGE_DOWN, "key.pageDown");
        NAMED.put(KeyCode.ENTER, "key.enter");
        NAMED.put(KeyCode.ESCAPE, "key.escape");
        NAMED.put(KeyCode.SPACE, "key.space");
        NAMED.put(KeyCode.TAB, "key.tab");
        SIGNS.put(KeyCode.EQUALS, "=");
        SIGNS.put(KeyCode.PLUS, "+");
        SIGNS.put(KeyCode.MINUS, "-");
        SIGNS.put(KeyCode.PERIOD, ".");
        SIGNS.put(KeyCode.COMMA, ",");
        SIGNS.put(KeyCode.SLASH, "/");
        SIGNS.put(KeyCode.BACK_SLASH, "\\");
        SIGNS.put(KeyCode.SEMICOLON, ";");
        SIGNS.put(KeyCode.OPEN_BRACKET, "[");
        SIGNS.put(KeyCode.CLOSE_BRACKET, "]");
        SIGNS.put(KeyCode.ADD, "+");
        SIGNS.put(KeyCode.SUBTRACT, "-");
        MAC_SIGNS.put(KeyCode.DELETE, "\u2326");
        MAC_SIGNS.put(KeyCode.BACK_SPACE, "\u232B");
        MAC_SIGNS.put(KeyCode.UP, "\u2191");
        MAC_SIGNS.put(KeyCode.DOWN, "\u2193");
        MAC_SIGNS.put(KeyCode.LEFT, "\u2190");
        MAC_SIGNS.put(KeyCode.RIGHT, "\u2192");
        MAC_SIGNS.put(KeyCode.ENTER, "\u21A9");
        MAC_SIGNS.put(KeyCode.ESCAPE, "\u238B");
        MAC_SIGNS.put(KeyCode.TAB, "\u21E5");
    }

    private KeyNames() {}

    /**
     * The combination {@code spec} (as {@link KeyCombination#keyCombination} reads it, such as
     * {@code "Shortcut+Shift+R"}) whose display text follows the chosen language and the system.
     */
    public static KeyCombination of(String spec) {
        return new Shown(KeyCombination.keyCombination(spec));
    }

    /** The combination as written in the chosen language on this system. */
    public static String text(KeyCombination keys) {
        return text(keys, Messages.bundle(), MAC);
    }

    /**
     * The combination as written with the names in {@code texts}, in macOS style if {@code mac}.
     */
    public static String text(KeyCombination shown, ResourceBundle texts, boolean mac) {
        KeyCombination keys = shown instanceof Shown ? ((Shown) shown).keys : shown;
        StringBuilder out = new StringBuilder();
        boolean control = down(keys.getControl()) || (!mac && down(keys.getShortcut()));
        boolean meta = down(keys.getMeta()) || (mac && down(keys.getShortcut()));
        if (mac) {
            append(out, control, "\u2303", "");
            append(out, down(keys.getAlt()), "\u2325", "");
            append(out, down(keys.getShift()), "\u21E7", "");
            append(out, meta, "\u2318", "");
        } else {
            append(out, control, name(texts, "key.ctrl"), "+");
            append(out, down(keys.getAlt()), name(texts, "key.alt"), "+");
            append(out, down(keys.getShift()), name(texts, "key.shift"), "+");
            append(out, meta, name(texts, "key.meta"), "+");
        }
        return out + key(keys, texts, mac);
    }

    private static boolean down(KeyCombination.ModifierValue value) {
        return value == KeyCombination.ModifierValue.DOWN;
    }

    private static void append(StringBuilder out, boolean when, String name, String separator) {
        if (when) {
            out.append(name).append(separator);
        }
    }

    private static String key(KeyCombination keys, ResourceBundle texts, boolean mac) {
        if (keys instanceof KeyCharacterCombination) {
            return ((KeyCharacterCombination) keys).getCharacter();
        }
        if (!(keys instanceof KeyCodeCombination)) {
            return keys.getName();
        }
        KeyCode code = ((KeyCodeCombination) keys).getCode();
        if (mac && MAC_SIGNS.containsKey(code)) {
            return MAC_SIGNS.get(code);
        }
        if (NAMED.containsKey(code)) {
            return name(texts, NAMED.get(code));
        }
        if (SIGNS.containsKey(code)) {
            return SIGNS.get(code);
        }
        if (code.isLetterKey() || code.isDigitKey() && code.name().startsWith("DIGIT")) {
            return code.getChar();
        }
        return code.getName();
    }

    private static String name(ResourceBundle texts, String key) {
        return Messages.get(texts, Messages.locale(), key);
    }

    /** A combination that matches as {@code keys} does and shows its text from {@link KeyNames}. */
    private static final class Shown extends KeyCombination {
        private final KeyCombination keys;

        Shown(KeyCombination keys) {
            super(
                    keys.getShift(),
                    keys.getControl(),
                    keys.getAlt(),
                    keys.getMeta(),
                    keys.getShortcut());
            this.keys = keys;
        }

        @Override
        public boolean match(KeyEvent event) {
            return keys.match(event);
        }

        @Override
        public String getName() {
            return keys.getName();
        }

        @Override
        public String getDisplayText() {
            return text(keys);
        }

        @Override
        public String toString() {
            return keys.toString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Shown && keys.equals(((Shown) other).keys);
        }

        @Override
        public int hashCode() {
            return keys.hashCode();
        }
    }
}

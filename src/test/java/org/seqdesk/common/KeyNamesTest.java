package org.seqdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** Shortcuts are written with the key names of the chosen language, or macOS's symbols. */
class KeyNamesTest {
    private static final ResourceBundle ENGLISH = Messages.bundle(Locale.ENGLISH);
    private static final ResourceBundle GERMAN = Messages.bundle(Locale.GERMAN);

    private static String text(String spec, ResourceBundle texts, boolean mac) {
        return KeyNames.text(KeyNames.of(spec), texts, mac);
    }

    @Test
    void germanWritesStrgUmschaltAndEntf() {
        assertThat(text("Shortcut+O", GERMAN, false)).isEqualTo("Strg+O");
        assertThat(text("Shortcut+Shift+R", GERMAN, false)).isEqualTo("Strg+Umschalt+R");
        assertThat(text("Shortcut+DELETE", GERMAN, false)).isEqualTo("Strg+Entf");
        assertThat(text("Alt+DOWN", GERMAN, false)).isEqualTo("Alt+Pfeil ab");
    }

    @Test
    void englishWritesCtrlShiftAndTheDigitItself() {
        assertThat(text("Shortcut+Shift+R", ENGLISH, false)).isEqualTo("Ctrl+Shift+R");
        assertThat(text("Shortcut+0", ENGLISH, false)).isEqualTo("Ctrl+0");
        assertThat(text("Shortcut+EQUALS", ENGLISH, false)).isEqualTo("Ctrl+=");
        assertThat(text("Shortcut+PERIOD", ENGLISH, false)).isEqualTo("Ctrl+.");
        assertThat(text("Shift+F6", ENGLISH, false)).isEqualTo("Shift+F6");
        assertThat(text("F1", ENGLISH, false)).isEqualTo("F1");
    }

    @Test
    void macOsWritesModifierSymbolsWithoutSeparators() {
        assertThat(text("Shortcut+Shift+R", GERMAN, true)).isEqualTo("\u21E7\u2318R");
        assertThat(text("Shortcut+DELETE", ENGLISH, true)).isEqualTo("\u2318\u2326");
        assertThat(text("Alt+UP", ENGLISH, true)).isEqualTo("\u2325\u2191");
    }

    @Test
    void theShownCombinationMatchesAndComparesAsJavaFxsOwn() {
        KeyCombination shown = KeyNames.of("Shortcut+O");

        assertThat(shown).isEqualTo(KeyNames.of("Shortcut+O"));
        assertThat(shown.hashCode()).isEqualTo(KeyNames.of("Shortcut+O").hashCode());
        assertThat(shown.getName())
                .isEqualTo(KeyCombination.keyCombination("Shortcut+O").getName());
        assertThat(shown.getShortcut()).isEqualTo(KeyCombination.ModifierValue.DOWN);
    }
}

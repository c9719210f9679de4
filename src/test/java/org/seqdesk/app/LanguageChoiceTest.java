package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.app.LanguageChoice.Language;

class LanguageChoiceTest {
    private static final Locale AUSTRIA = new Locale("de", "AT");

    @TempDir Path home;

    @Test
    void followingTheSystemKeepsItsLocale() {
        assertThat(LanguageChoice.resolve(Language.SYSTEM, AUSTRIA)).isEqualTo(AUSTRIA);
        assertThat(LanguageChoice.resolve(Language.SYSTEM, Locale.FRANCE)).isEqualTo(Locale.FRANCE);
    }

    @Test
    void aChosenLanguageKeepsTheSystemsRegionOnlyWhenItSpeaksIt() {
        assertThat(LanguageChoice.resolve(Language.GERMAN, AUSTRIA)).isEqualTo(AUSTRIA);
        assertThat(LanguageChoice.resolve(Language.GERMAN, Locale.UK)).isEqualTo(Locale.GERMAN);
        assertThat(LanguageChoice.resolve(Language.ENGLISH, AUSTRIA)).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageChoice.resolve(Language.ENGLISH, Locale.UK)).isEqualTo(Locale.UK);
    }

    @Test
    void theChoiceIsKeptBesideTheTheme() throws IOException {
        Path file = home.resolve("preferences.properties");
        Files.writeString(file, "theme=DARK\n");

        new LanguageChoice(file).choose(Language.GERMAN);

        assertThat(new LanguageChoice(file).chosen()).isEqualTo(Language.GERMAN);
        assertThat(new ThemeManager(file, () -> false).choiceProperty().get())
                .isEqualTo(ThemeManager.Choice.DARK);
        assertThat(Files.readString(file)).contains("language=GERMAN").contains("theme=DARK");
    }

    @Test
    void anUnknownOrMissingChoiceFollowsTheSystem() throws IOException {
        Path file = home.resolve("preferences.properties");
        assertThat(new LanguageChoice(file).chosen()).isEqualTo(Language.SYSTEM);

        Files.writeString(file, "language=KLINGON\n");

        assertThat(new LanguageChoice(file).chosen()).isEqualTo(Language.SYSTEM);
    }
}

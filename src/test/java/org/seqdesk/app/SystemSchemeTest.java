package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The answers of gsettings, reg and defaults as those programs print them. */
class SystemSchemeTest {
    private static SystemScheme.Output ok(String text) {
        return new SystemScheme.Output(0, text);
    }

    @Test
    void gnomeSaysDarkOnlyForPreferDark() {
        assertThat(SystemScheme.gnomePrefersDark(ok("'prefer-dark'\n"))).contains(true);
        assertThat(SystemScheme.gnomePrefersDark(ok("'default'\n"))).contains(false);
        assertThat(SystemScheme.gnomePrefersDark(ok("'prefer-light'\n"))).contains(false);
        assertThat(
                        SystemScheme.gnomePrefersDark(
                                new SystemScheme.Output(
                                        1, "No such key \u201ccolor-scheme\u201d\n")))
                .isEmpty();
    }

    @Test
    void windowsRegistryZeroMeansDarkApps() {
        String dark =
                "\r\n"
                        + "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes"
                        + "\\Personalize\r\n"
                        + "    AppsUseLightTheme    REG_DWORD    0x0\r\n"
                        + "\r\n";
        String light = dark.replace("0x0", "0x1");

        assertThat(SystemScheme.windowsPrefersDark(ok(dark))).contains(true);
        assertThat(SystemScheme.windowsPrefersDark(ok(light))).contains(false);
    }

    @Test
    void windowsWithoutTheValueSaysNothing() {
        SystemScheme.Output missing =
                new SystemScheme.Output(
                        1,
                        "ERROR: The system was unable to find the specified registry key or"
                                + " value.\r\n");

        assertThat(SystemScheme.windowsPrefersDark(missing)).isEmpty();
        assertThat(SystemScheme.windowsPrefersDark(ok("AppsUseLightTheme REG_DWORD zero")))
                .isEmpty();
    }

    @Test
    void macDarkIsTheWordDarkAndAMissingKeyIsLight() {
        SystemScheme.Output light =
                new SystemScheme.Output(
                        1,
                        "2026-12-04 20:01:02.345 defaults[4711:81234] \n"
                                + "The domain/default pair of (kCFPreferencesAnyApplication,"
                                + " AppleInterfaceStyle) does not exist\n");

        assertThat(SystemScheme.macPrefersDark(ok("Dark\n"))).contains(true);
        assertThat(SystemScheme.macPrefersDark(light)).contains(false);
        assertThat(SystemScheme.macPrefersDark(new SystemScheme.Output(127, "not found")))
                .isEmpty();
    }

    @Test
    void aGtkThemeNamesTheSchemeWithoutAskingAProgram() {
        assertThat(SystemScheme.fromEnvironment("Adwaita:dark")).contains(true);
        assertThat(SystemScheme.fromEnvironment("Adwaita")).contains(false);
        assertThat(SystemScheme.fromEnvironment("")).isEqualTo(Optional.empty());
        assertThat(SystemScheme.fromEnvironment(null)).isEmpty();
    }
}

package org.seqdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The state and kind colours of each theme stand out from what they are drawn on, computed from the
 * palette in the stylesheets with the WCAG contrast ratio: 4.5:1 for coloured words (job states,
 * problem severities, errors, words on segments), 3:1 for coloured shapes (segments, gaps,
 * transitions, the selection).
 */
class PaletteContrastTest {
    private static final double WORDS = 4.5;
    private static final double SHAPES = 3.0;
    private static final Pattern COLOUR = Pattern.compile("(-[\\w-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");

    private static String resource(String path) throws IOException {
        try (InputStream in = PaletteContrastTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The named colours of the first rule for exactly {@code selector} in {@code css}. */
    private static Map<String, String> colours(String css, String selector) {
        Matcher rule =
                Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}")
                        .matcher(css);
        assertThat(rule.find()).as("rule " + selector).isTrue();
        Map<String, String> found = new HashMap<>();
        Matcher m = COLOUR.matcher(rule.group(1));
        while (m.find()) {
            found.put(m.group(1), m.group(2));
        }
        return found;
    }

    /** The palette a look ends up with: base theme, then the app's root, then its theme class. */
    private static Map<String, String> palette(ThemeManager.Look look) throws IOException {
        String base =
                resource(
                        look == ThemeManager.Look.LIGHT
                                ? ThemeManager.PRIMER_LIGHT
                                : ThemeManager.PRIMER_DARK);
        String app = resource(ThemeManager.STYLESHEET);
        Map<String, String> p = new HashMap<>(colours(base, ".root"));
        p.putAll(colours(app, ".root"));
        if (look != ThemeManager.Look.LIGHT) {
            p.putAll(colours(app, ".root.theme-dark"));
        }
        if (look == ThemeManager.Look.HIGH_CONTRAST) {
            p.putAll(colours(app, ".root.theme-high-contrast"));
        }
        return p;
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static void check(
            Map<String, String> p, String fg, String bg, double least, List<String> low) {
        String a = p.getOrDefault(fg, fg);
        String b = p.getOrDefault(bg, bg);
        assertThat(a).as(fg).startsWith("#");
        assertThat(b).as(bg).startsWith("#");
        double r = ratio(a, b);
        if (r < least) {
            low.add(String.format("%s %s on %s %s: %.2f < %.1f", fg, a, bg, b, r, least));
        }
    }

    @ParameterizedTest
    @EnumSource(ThemeManager.Look.class)
    void jobStatesAndSeveritiesReadOnTheWindowBackground(ThemeManager.Look look)
            throws IOException {
        Map<String, String> p = palette(look);
        List<String> low = new ArrayList<>();
        for (String state :
                List.of("running", "finished", "warning", "failed", "aborted", "waiting")) {
            check(p, "-sd-job-" + state, "-color-bg-default", WORDS, low);
            check(p, "-sd-job-" + state, "-color-bg-subtle", WORDS, low);
        }
        for (String severity : List.of("error", "warning", "info")) {
            check(p, "-sd-severity-" + severity, "-color-bg-default", WORDS, low);
        }
        check(p, "-sd-error-text", "-color-bg-default", WORDS, low);
        // Default buttons, checked boxes and focus rings are filled with the accent.
        check(p, "#ffffff", "-color-accent-emphasis", WORDS, low);
        check(p, "-color-accent-emphasis", "-color-bg-default", SHAPES, low);

        assertThat(low).as("colours too faint in " + look).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ThemeManager.Look.class)
    void segmentKindsStandOutFromTheirLanes(ThemeManager.Look look) throws IOException {
        Map<String, String> p = palette(look);
        List<String> low = new ArrayList<>();
        for (String lane : List.of("-sd-lane", "-sd-lane-alt")) {
            for (String kind : List.of("-sd-video", "-sd-audio", "-sd-warning", "-sd-muted")) {
                check(p, kind, lane, SHAPES, low);
            }
            check(p, "-sd-on-surface", lane, WORDS, low);
        }
        check(p, "-sd-selected", "-sd-video", SHAPES, low);
        check(p, "-sd-selected", "-sd-audio", SHAPES, low);
        check(p, "#ffffff", "-sd-video", WORDS, low);
        check(p, "#ffffff", "-sd-audio", WORDS, low);

        assertThat(low).as("colours too faint in " + look).isEmpty();
    }
}

package org.seqdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message bundle and the code agree: every key the code asks for exists, and every key in the
 * bundle is used somewhere.
 *
 * <p>A key counts as used when it appears as a string literal in {@code src/main/java}. Two forms
 * of built keys are allowed: a literal plus {@code ".tip"} (tooltips of toolbar buttons), and the
 * prefixes in {@link #DYNAMIC_PREFIXES}, completed at run time with an enum constant or an error
 * kind. The code's own {@code "prefix." + ...} literals must all be in that list, so a new built
 * key form is noticed.
 */
class BundleConsistencyTest {
    static final Set<String> DYNAMIC_PREFIXES =
            Set.of(
                    "error.api.",
                    "export.error.",
                    "export.problem.",
                    "jobs.alert.",
                    "jobs.column.",
                    "jobs.error.",
                    "jobs.failed.",
                    "jobs.priority.",
                    "jobs.state.");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"([a-zA-Z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern PREFIX_LITERAL =
            Pattern.compile("\"([a-zA-Z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*\\.)\"\\s*\\+");
    private static final Pattern GET_LITERAL =
            Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");

    private static Set<String> bundleKeys;
    private static String code;

    @BeforeAll
    static void read() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in =
                BundleConsistencyTest.class.getResourceAsStream(
                        "/org/seqdesk/messages.properties")) {
            bundle.load(in);
        }
        bundleKeys = new TreeSet<>(bundle.stringPropertyNames());
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f :
                    (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        code = all.toString();
    }

    private static Set<String> matches(Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() {
        List<String> missing = new ArrayList<>();
        for (String key : matches(GET_LITERAL)) {
            if (!bundleKeys.contains(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> literals = matches(KEY_LITERAL);
        List<String> unused = new ArrayList<>();
        for (String key : bundleKeys) {
            boolean tip =
                    key.endsWith(".tip") && literals.contains(key.substring(0, key.length() - 4));
            boolean built = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith);
            if (!literals.contains(key) && !tip && !built) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    @Test
    void builtKeysUseOnlyTheDocumentedPrefixes() {
        Set<String> prefixes = new TreeSet<>();
        for (String p : matches(PREFIX_LITERAL)) {
            if (bundleKeys.stream().anyMatch(k -> k.startsWith(p))) {
                prefixes.add(p);
            }
        }
        assertThat(prefixes).containsExactlyInAnyOrderElementsOf(DYNAMIC_PREFIXES);
        for (String p : DYNAMIC_PREFIXES) {
            assertThat(bundleKeys).as("keys under " + p).anyMatch(k -> k.startsWith(p));
        }
    }
}

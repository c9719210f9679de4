package org.seqdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every translation of the message bundle matches the English base: the same keys, the same
 * placeholders in each text, patterns {@code MessageFormat} can read and fill, apostrophes written
 * the way each text is used, and UTF-8 that Java reads as written.
 *
 * <p>A text is a pattern when the base text has a placeholder or a doubled apostrophe: the code
 * passes it arguments, so {@code MessageFormat} reads it and a lone {@code '} would start a quoted
 * part and hide the rest. Other texts are shown as they are, where {@code ''} would show twice.
 */
class TranslationsTest {
    private static final Path RESOURCES = Path.of("src", "main", "resources", "org", "seqdesk");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    private static Map<String, String> base;
    private static Map<String, Map<String, String>> translations;

    @BeforeAll
    static void read() throws IOException {
        base = load(RESOURCES.resolve("messages.properties"));
        translations = new TreeMap<>();
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.startsWith("messages_") && name.endsWith(".properties")) {
                    String language = name.substring(9, name.length() - 11);
                    translations.put(language, load(f));
                }
            }
        }
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> values = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        return values;
    }

    static boolean isPattern(String baseText) {
        return ARGUMENT.matcher(baseText).find() || baseText.contains("''");
    }

    /** The argument numbers a pattern uses, choice sub-patterns included, quoted text left out. */
    static Set<Integer> arguments(String pattern) {
        String unquoted = QUOTED.matcher(pattern.replace("''", "")).replaceAll("");
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(unquoted);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @Test
    void thereIsAGermanTranslation() {
        assertThat(translations).containsKey("de");
    }

    @Test
    void everyTranslationHasExactlyTheBaseKeys() {
        translations.forEach(
                (language, texts) -> {
                    assertThat(new TreeSet<>(base.keySet()))
                            .as("keys of messages.properties missing from messages_" + language)
                            .isSubsetOf(texts.keySet());
                    assertThat(new TreeSet<>(texts.keySet()))
                            .as("keys of messages_" + language + " that the base lacks")
                            .isSubsetOf(base.keySet());
                });
    }

    @Test
    void everyTranslationUsesTheSamePlaceholders() {
        List<String> different = new ArrayList<>();
        translations.forEach(
                (language, texts) ->
                        texts.forEach(
                                (key, text) -> {
                                    String english = base.get(key);
                                    if (english != null
                                            && !arguments(english).equals(arguments(text))) {
                                        different.add(language + ": " + key);
                                    }
                                }));
        assertThat(different).as("texts whose {n} placeholders differ from English").isEmpty();
    }

    @Test
    void everyPatternParsesAndFormatsInItsLanguage() {
        List<String> broken = new ArrayList<>();
        Map<String, Map<String, String>> all = new TreeMap<>(translations);
        all.put("", base);
        all.forEach(
                (language, texts) ->
                        texts.forEach(
                                (key, text) -> {
                                    if (base.containsKey(key) && isPattern(base.get(key))) {
                                        String problem = formatProblem(text, language);
                                        if (problem != null) {
                                            broken.add(language + ": " + key + ": " + problem);
                                        }
                                    }
                                }));
        assertThat(broken).as("patterns MessageFormat cannot read or fill").isEmpty();
    }

    /** Why {@code pattern} cannot be filled with sample arguments, or null when it can. */
    private static String formatProblem(String pattern, String language) {
        try {
            MessageFormat format = new MessageFormat(pattern, Locale.forLanguageTag(language));
            Format[] byArgument = format.getFormatsByArgumentIndex();
            Object[] args = new Object[Math.max(byArgument.length, 10)];
            for (int i = 0; i < args.length; i++) {
                Format f = i < byArgument.length ? byArgument[i] : null;
                boolean number = f instanceof ChoiceFormat || f instanceof NumberFormat;
                args[i] = number ? (Object) 2 : "x";
            }
            format.format(args);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void apostrophesAreWrittenAsEachTextIsUsed() {
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, String>> all = new TreeMap<>(translations);
        all.put("", base);
        all.forEach(
                (language, texts) ->
                        texts.forEach(
                                (key, text) -> {
                                    String english = base.get(key);
                                    if (english == null) {
                                        return;
                                    }
                                    boolean lone = text.replace("''", "").contains("'");
                                    if (isPattern(english) ? lone : text.contains("''")) {
                                        wrong.add(language + ": " + key + "=" + text);
                                    }
                                }));
        assertThat(wrong)
                .as("a lone ' in a pattern hides text; a '' in plain text shows twice")
                .isEmpty();
    }

    @Test
    void translationsAreUtf8AndJavaReadsTheUmlauts() throws IOException {
        for (String language : translations.keySet()) {
            byte[] bytes =
                    Files.readAllBytes(RESOURCES.resolve("messages_" + language + ".properties"));
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError("messages_" + language + " is not UTF-8", e);
            }
        }
        var german = Messages.bundle(Locale.GERMANY);

        assertThat(german.getString("about.title")).isEqualTo("\u00dcber SeqDesk");
        assertThat(german.getString("export.close")).isEqualTo("Schlie\u00dfen");
        assertThat(german.getString("export.status.exporting")).isEqualTo("Wird exportiert\u2026");
    }

    @Test
    void englishIsTheBaseWhateverTheSystemSpeaks() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);

            assertThat(Messages.bundle(Locale.ENGLISH).getString("export.close"))
                    .isEqualTo("Close");
            assertThat(Messages.bundle(Locale.FRANCE).getString("export.close")).isEqualTo("Close");
            assertThat(Messages.bundle(new Locale("de", "CH")).getString("export.close"))
                    .isEqualTo("Schlie\u00dfen");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theTestsNoticeBrokenTranslations() {
        assertThat(arguments("{0} of {1,choice,1#one|1<{1,number,integer} more}"))
                .containsExactly(0, 1);
        assertThat(arguments("It''s '{0}' literally {2}")).containsExactly(2);
        assertThat(formatProblem("Broken {0", "de")).isNotNull();
        assertThat(formatProblem("{0,choice,1#eins|1<{0} mehr}", "de")).isNull();
    }
}

package org.seqdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seqdesk.common.Messages;

class ExportMessagesTest {
    /** Keys the code builds from a prefix and a value: failure kinds and problem types. */
    private static final List<String> BUILT = List.of("export.error.", "export.problem.");

    private static String sources() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/seqdesk/export"))) {
            for (Path f : files.toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    @Test
    void everyExportKeyTheCodeNamesExists() throws Exception {
        Matcher m = Pattern.compile("\"(export\\.[A-Za-z.]+[A-Za-z])\"").matcher(sources());
        Set<String> missing = new HashSet<>();
        while (m.find()) {
            if (!Messages.bundle().containsKey(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyExportKeyInTheBundleIsUsed() throws Exception {
        String code = sources();
        Set<String> unused = new HashSet<>();
        for (String key : Messages.bundle().keySet()) {
            boolean built = BUILT.stream().anyMatch(key::startsWith);
            if (key.startsWith("export.") && !built && !code.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void everyFailureKindHasASentence() {
        for (String kind :
                List.of(
                        "unauthorized",
                        "forbidden",
                        "notFound",
                        "invalidInput",
                        "timeout",
                        "network",
                        "readOnly",
                        "malformed",
                        "unavailable",
                        "server")) {
            assertThat(Messages.bundle().containsKey("export.error." + kind)).as(kind).isTrue();
        }
    }
}

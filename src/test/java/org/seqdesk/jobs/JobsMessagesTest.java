package org.seqdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seqdesk.api.ApiException;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.api.doc.JobState;
import org.seqdesk.common.Messages;

/** Every text the jobs screens show comes from the bundle, including keys built at run time. */
class JobsMessagesTest {

    @Test
    void everyStatePriorityAndFailureKindHasItsText() {
        List<String> keys = new ArrayList<>();
        for (JobState s : JobState.values()) {
            keys.add("jobs.state." + s.name());
        }
        for (JobPriority p : JobPriority.values()) {
            keys.add("jobs.priority." + p.name());
        }
        for (Class<?> kind : ApiException.class.getPermittedSubclasses()) {
            keys.add("jobs.error." + kind.getSimpleName());
        }
        for (String alert : List.of("finished", "finishedWarning", "failed", "waiting")) {
            keys.add("jobs.alert." + alert);
        }
        for (String action : List.of("abort", "priority", "rerun", "problems")) {
            keys.add("jobs.failed." + action);
        }

        assertThat(keys)
                .allSatisfy(k -> assertThat(Messages.bundle().containsKey(k)).as(k).isTrue());
    }

    @Test
    void everyLiteralKeyInTheJobsPackageIsInTheBundle() throws IOException {
        Pattern literal = Pattern.compile("\"((?:jobs|render)\\.[A-Za-z.]+[A-Za-z])\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/seqdesk/jobs"))) {
            for (Path file : files.toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".css")
                            && !Messages.bundle().containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }

        assertThat(missing).isEmpty();
    }
}

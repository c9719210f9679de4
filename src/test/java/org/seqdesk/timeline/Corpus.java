package org.seqdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus of real editing files, found through the {@code seqdesk.corpus} property. */
final class Corpus {
    private Corpus() {}

    static Path dir() {
        String dir = System.getProperty("seqdesk.corpus", "../shared/corpus");
        return Path.of(dir);
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sequence read(SequenceReader reader, String relative) {
        ReadResult r = reader.read(bytes(relative), relative);
        assertThat(r.sequence()).as("%s: %s", relative, r.problems()).isPresent();
        return r.sequence().get();
    }

    /** The record timecode of a time on the sequence, as the file would write it. */
    static String record(Sequence s, TimeCode timeline) {
        return s.rate().format(s.start().plus(timeline));
    }
}

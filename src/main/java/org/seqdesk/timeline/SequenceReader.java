package org.seqdesk.timeline;

/** Reads one interchange format into a {@link Sequence}. Implementations are stateless. */
public interface SequenceReader {
    /**
     * Reads {@code content}. Never throws for bad input: an unreadable file gives a result with no
     * sequence and an {@link Problem.Severity#ERROR} problem saying why.
     *
     * @param sourceName the file name or other label used in problem locations, may be empty
     */
    ReadResult read(byte[] content, String sourceName);
}

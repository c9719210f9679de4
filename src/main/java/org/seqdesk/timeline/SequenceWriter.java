package org.seqdesk.timeline;

/** Writes a {@link Sequence} in one interchange format. Implementations are stateless. */
public interface SequenceWriter {
    /** The file, plus what the format could not hold. */
    WriteResult write(Sequence sequence);
}

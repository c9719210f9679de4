package org.seqdesk.timeline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a text interchange file into text: UTF-8 normally, UTF-16 when a byte order
 * mark says so, Windows-1252 for the older files that are not UTF-8. Binary content is refused.
 */
final class EdlText {
    /** The largest text file SeqDesk reads as an EDL. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private EdlText() {}

    /** The text, or null with an error added to {@code problems}. */
    static String decode(byte[] content, String sourceName, List<Problem> problems) {
        if (content.length > MAX_BYTES) {
            problems.add(
                    Problem.error(
                            sourceName, "the file is larger than " + (MAX_BYTES >> 20) + " MB"));
            return null;
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff) {
            problems.add(Problem.info(sourceName, "read as UTF-16 (byte order mark)"));
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe) {
            problems.add(Problem.info(sourceName, "read as UTF-16 (byte order mark)"));
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        for (byte b : content) {
            if (b == 0) {
                problems.add(Problem.error(sourceName, "the file holds binary data, not EDL text"));
                return null;
            }
        }
        int start =
                content.length >= 3
                                && (content[0] & 0xff) == 0xef
                                && (content[1] & 0xff) == 0xbb
                                && (content[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.info(sourceName, "not UTF-8; read as Windows-1252"));
            return new String(
                    content, start, content.length - start, Charset.forName("windows-1252"));
        }
    }
}

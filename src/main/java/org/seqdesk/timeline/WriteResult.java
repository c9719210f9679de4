package org.seqdesk.timeline;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A written file and its lossiness report: everything in the sequence that the target format could
 * not hold, each naming the segment or element concerned.
 */
public record WriteResult(byte[] content, List<Problem> losses) {
    public WriteResult {
        content = content.clone();
        losses = List.copyOf(losses);
    }

    public static WriteResult of(String text, List<Problem> losses) {
        return new WriteResult(text.getBytes(StandardCharsets.UTF_8), losses);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public boolean isLossless() {
        return losses.isEmpty();
    }
}

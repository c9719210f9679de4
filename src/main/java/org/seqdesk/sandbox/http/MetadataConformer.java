package org.seqdesk.sandbox.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.store.MetadataValue;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;

/**
 * Conform-metadata: the timed metadata of each segment's source item that falls inside the
 * segment's source range, moved to where the segment sits on the timeline. Exact: times are moved
 * with rational arithmetic in their own bases.
 */
final class MetadataConformer {
    private final Services services;
    private final Map<String, List<MetadataValue>> cache = new HashMap<>();

    MetadataConformer(Services services) {
        this.services = services;
    }

    List<MetadataValue> conform(Sequence sequence) {
        Set<List<String>> seen = new LinkedHashSet<>();
        List<MetadataValue> out = new ArrayList<>();
        for (Track track : sequence.tracks()) {
            for (Segment segment : track.segments()) {
                for (MetadataValue v : conform(segment)) {
                    if (seen.add(List.of(v.field(), v.value(), v.start(), v.end()))) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    private List<MetadataValue> conform(Segment seg) {
        List<MetadataValue> out = new ArrayList<>();
        if (seg.sourceIn() == null || seg.sourceIn().isInfinite()) {
            return out;
        }
        TimeCode sourceIn = seg.sourceIn();
        TimeCode sourceOut =
                seg.sourceOut() != null && !seg.sourceOut().isInfinite()
                        ? seg.sourceOut()
                        : sourceIn.plus(seg.duration());
        for (MetadataValue v : timedValues(seg.item())) {
            TimeCode start = TimeCode.max(TimeCode.parse(v.start()), sourceIn);
            TimeCode end = TimeCode.min(TimeCode.parse(v.end()), sourceOut);
            if (start.compareTo(end) >= 0) {
                continue;
            }
            TimeCode newStart = seg.timelineIn().plus(start.minus(sourceIn));
            TimeCode newEnd = seg.timelineIn().plus(end.minus(sourceIn));
            out.add(
                    new MetadataValue(
                            v.field(),
                            v.value(),
                            newStart.toText(),
                            newEnd.toText(),
                            "",
                            "",
                            null,
                            v.lang()));
        }
        return out;
    }

    private List<MetadataValue> timedValues(String item) {
        return cache.computeIfAbsent(
                item,
                i -> {
                    OptionalLong id = SiteIds.parse(i);
                    List<MetadataValue> timed = new ArrayList<>();
                    if (id.isEmpty()) {
                        return timed;
                    }
                    for (MetadataValue v : services.metadata().values(id.getAsLong())) {
                        if (!v.isGeneric() && !v.field().startsWith("__")) {
                            timed.add(v);
                        }
                    }
                    return timed;
                });
    }
}

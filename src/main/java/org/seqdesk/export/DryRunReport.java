package org.seqdesk.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seqdesk.api.doc.ExportResponseDocument;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;

/**
 * The problems of an export answer grouped by type, each naming its asset and the segments of the
 * sequence that use it ({@code V1 #2}: second segment of the first video track).
 */
record DryRunReport(Map<String, List<Entry>> groups) {

    /** One problem: what the server said, about which asset, touching which segments. */
    record Entry(String asset, String message, List<String> segments) {}

    DryRunReport {
        groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    static DryRunReport of(ExportResponseDocument response, Sequence sequence) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        List<ExportResponseDocument.Problem> problems =
                response == null ? List.of() : response.problems();
        for (ExportResponseDocument.Problem p : problems) {
            String type = p.type() == null || p.type().isBlank() ? "OTHER" : p.type();
            String asset = p.asset() == null ? "" : p.asset();
            groups.computeIfAbsent(type, k -> new ArrayList<>())
                    .add(
                            new Entry(
                                    asset,
                                    String.valueOf(p.message()),
                                    segmentsUsing(asset, sequence)));
        }
        return new DryRunReport(groups);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    int size() {
        return groups.values().stream().mapToInt(List::size).sum();
    }

    /** Labels of the segments whose source is {@code asset}. */
    static List<String> segmentsUsing(String asset, Sequence sequence) {
        List<String> labels = new ArrayList<>();
        if (asset.isEmpty() || sequence == null) {
            return labels;
        }
        int video = 0;
        int audio = 0;
        for (Track t : sequence.tracks()) {
            String name = t.kind() == TrackKind.VIDEO ? "V" + (++video) : "A" + (++audio);
            for (int i = 0; i < t.segments().size(); i++) {
                Segment s = t.segments().get(i);
                if (asset.equals(s.item())) {
                    labels.add(name + " #" + (i + 1));
                }
            }
        }
        return labels;
    }
}

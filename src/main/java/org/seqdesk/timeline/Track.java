package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A video or audio track: its segments in timeline order and the transitions between them. */
public record Track(
        TrackKind kind,
        String name,
        boolean enabled,
        List<Segment> segments,
        List<Transition> transitions) {

    public Track {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        segments = segments == null ? List.of() : List.copyOf(segments);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    public static Track of(TrackKind kind, List<Segment> segments) {
        return new Track(kind, "", true, segments, List.of());
    }

    /** Empty stretches between consecutive segments, as [start, end) pairs. */
    public List<TimeCode[]> gaps() {
        List<Segment> sorted = sorted();
        List<TimeCode[]> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            TimeCode end = sorted.get(i - 1).timelineOut();
            TimeCode start = sorted.get(i).timelineIn();
            if (end.compareTo(start) < 0) {
                gaps.add(new TimeCode[] {end, start});
            }
        }
        return gaps;
    }

    /** Pairs of segments whose timeline ranges overlap, as index pairs into {@link #segments}. */
    public List<int[]> overlaps() {
        List<int[]> result = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                Segment a = segments.get(i);
                Segment b = segments.get(j);
                if (a.timelineIn().compareTo(b.timelineOut()) < 0
                        && b.timelineIn().compareTo(a.timelineOut()) < 0) {
                    result.add(new int[] {i, j});
                }
            }
        }
        return result;
    }

    private List<Segment> sorted() {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparing(Segment::timelineIn));
        return sorted;
    }
}

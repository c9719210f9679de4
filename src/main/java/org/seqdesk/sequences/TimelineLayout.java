package org.seqdesk.sequences;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;

/**
 * A sequence laid out for drawing: one lane per track (video tracks top down from the highest, then
 * audio), every segment as whole frames at the sequence rate, sorted, with the marks a person must
 * see (gaps, overlaps, mixed rates). Built once per sequence so drawing and hit tests are binary
 * searches, whatever the number of segments.
 */
final class TimelineLayout {
    private final Sequence sequence;
    private final List<TimelineLane> lanes;
    private final long durationFrames;
    private final long startFrame;

    private TimelineLayout(Sequence sequence, List<TimelineLane> lanes) {
        this.sequence = sequence;
        this.lanes = List.copyOf(lanes);
        this.durationFrames = Math.max(1, toFrames(sequence.duration(), sequence.rate()));
        this.startFrame = toFrames(sequence.start(), sequence.rate());
    }

    static TimelineLayout of(Sequence sequence) {
        List<TimelineLane> lanes = new ArrayList<>();
        List<Track> video = sequence.videoTracks();
        for (int i = video.size() - 1; i >= 0; i--) {
            lanes.add(TimelineLane.of("V" + (i + 1), video.get(i), sequence.rate()));
        }
        List<Track> audio = sequence.audioTracks();
        for (int i = 0; i < audio.size(); i++) {
            lanes.add(TimelineLane.of("A" + (i + 1), audio.get(i), sequence.rate()));
        }
        return new TimelineLayout(sequence, lanes);
    }

    static long toFrames(TimeCode time, FrameRate rate) {
        if (time.isInfinite()) {
            return 0;
        }
        if (time.base().equals(rate.timeBase())) {
            return time.samples(); // the usual case, without fraction arithmetic
        }
        return time.floorTo(rate.timeBase()).samples();
    }

    /** Exact comparison, cheap when both times count in the same base. */
    static int compare(TimeCode a, TimeCode b) {
        if (a.base().equals(b.base()) && !a.isInfinite() && !b.isInfinite()) {
            return Long.compare(a.samples(), b.samples());
        }
        return a.compareTo(b);
    }

    /**
     * True when a segment's timeline or source times count in a picture rate other than the
     * sequence's: a 29.97 source cut into a 25 sequence, say. Audio sample rates and plain seconds
     * are not picture rates and are never marked.
     */
    static boolean isMixedRate(Segment segment, FrameRate rate) {
        return otherPictureRate(segment.rate(), rate) != null
                || (segment.sourceIn() != null
                        && !segment.sourceIn().isInfinite()
                        && otherPictureRate(segment.sourceIn().base(), rate) != null);
    }

    /** {@code base} when it is a picture rate other than the sequence's, else null. */
    static TimeBase otherPictureRate(TimeBase base, FrameRate rate) {
        boolean other =
                !base.equals(rate.timeBase())
                        && !base.equals(TimeBase.SECONDS)
                        && base.rate().compareTo(Rational.of(1000)) < 0;
        return other ? base : null;
    }

    /** The picture rate that makes a segment mixed-rate, or null. */
    static TimeBase mixedRateOf(Segment segment, FrameRate rate) {
        TimeBase own = otherPictureRate(segment.rate(), rate);
        if (own == null && segment.sourceIn() != null && !segment.sourceIn().isInfinite()) {
            own = otherPictureRate(segment.sourceIn().base(), rate);
        }
        return own;
    }

    Sequence sequence() {
        return sequence;
    }

    FrameRate rate() {
        return sequence.rate();
    }

    List<TimelineLane> lanes() {
        return lanes;
    }

    long durationFrames() {
        return durationFrames;
    }

    /** The timecode of the first frame, in frames, added to labels. */
    long startFrame() {
        return startFrame;
    }

    int segmentCount() {
        return lanes.stream().mapToInt(TimelineLane::size).sum();
    }

    int gapCount() {
        return lanes.stream().mapToInt(l -> l.gaps().size()).sum();
    }

    int overlapCount() {
        return count(TimelineLane.OVERLAP);
    }

    int mixedRateCount() {
        return count(TimelineLane.MIXED_RATE);
    }

    private int count(int flag) {
        int n = 0;
        for (TimelineLane lane : lanes) {
            for (int i = 0; i < lane.size(); i++) {
                if (lane.has(i, flag)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A segment by lane and its index in the lane's sorted order. */
    record Ref(int lane, int index) {}

    /** One track's segments, sorted by timeline in, with frame positions and marks. */
    static final class TimelineLane {
        static final int MIXED_RATE = 1;
        static final int OVERLAP = 2;
        static final int DISABLED = 4;

        private final String label;
        private final Track track;
        private final Segment[] segments;
        private final long[] start;
        private final long[] end;
        private final long[] maxEnd;
        private final byte[] flags;
        private final List<long[]> gaps = new ArrayList<>();
        private final long[][] transitions;

        private TimelineLane(String label, Track track, Segment[] sorted, FrameRate rate) {
            this.label = label;
            this.track = track;
            this.segments = sorted;
            int n = sorted.length;
            start = new long[n];
            end = new long[n];
            maxEnd = new long[n];
            flags = new byte[n];
            for (int i = 0; i < n; i++) {
                start[i] = toFrames(sorted[i].timelineIn(), rate);
                end[i] = Math.max(start[i], toFrames(sorted[i].timelineOut(), rate));
                maxEnd[i] = i == 0 ? end[i] : Math.max(maxEnd[i - 1], end[i]);
                int f = isMixedRate(sorted[i], rate) ? MIXED_RATE : 0;
                flags[i] = (byte) (f | (sorted[i].enabled() ? 0 : DISABLED));
            }
            markGapsAndOverlaps(rate);
            transitions =
                    track.transitions().stream()
                            .map(t -> new long[] {toFrames(t.in(), rate), toFrames(t.out(), rate)})
                            .toArray(long[][]::new);
        }

        static TimelineLane of(String label, Track track, FrameRate rate) {
            List<Segment> list = track.segments();
            long[] keys = new long[list.size()];
            Integer[] order = new Integer[list.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = toFrames(list.get(i).timelineIn(), rate);
                order[i] = i;
            }
            // Whole frames first, computed once; ties are then ordered exactly.
            Arrays.sort(
                    order,
                    Comparator.comparingLong((Integer i) -> keys[i])
                            .thenComparing(i -> list.get(i).timelineIn(), TimelineLayout::compare));
            Segment[] sorted = new Segment[order.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = list.get(order[i]);
            }
            return new TimelineLane(label, track, sorted, rate);
        }

        /** Compares exact times with the running end, so sub-frame overlaps are caught too. */
        private void markGapsAndOverlaps(FrameRate rate) {
            TimeCode reach = null;
            int reachIndex = -1;
            for (int i = 0; i < segments.length; i++) {
                TimeCode in = segments[i].timelineIn();
                if (reach != null) {
                    int c = compare(reach, in);
                    if (c > 0) {
                        flags[i] |= OVERLAP;
                        flags[reachIndex] |= OVERLAP;
                    } else if (c < 0) {
                        gaps.add(new long[] {toFrames(reach, rate), start[i]});
                    }
                }
                if (reach == null || compare(segments[i].timelineOut(), reach) > 0) {
                    reach = segments[i].timelineOut();
                    reachIndex = i;
                }
            }
        }

        String label() {
            return label;
        }

        TrackKind kind() {
            return track.kind();
        }

        Track track() {
            return track;
        }

        int size() {
            return segments.length;
        }

        Segment segment(int i) {
            return segments[i];
        }

        long start(int i) {
            return start[i];
        }

        long end(int i) {
            return end[i];
        }

        boolean has(int i, int flag) {
            return (flags[i] & flag) != 0;
        }

        /** Empty stretches as {@code [startFrame, endFrame)}. */
        List<long[]> gaps() {
            return gaps;
        }

        /** Transitions as {@code [inFrame, outFrame]}. */
        long[][] transitions() {
            return transitions;
        }

        /** The first segment that ends after {@code frame}: nothing before it can be visible. */
        int firstEndingAfter(long frame) {
            int lo = 0;
            int hi = segments.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (maxEnd[mid] > frame) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** One past the last segment that starts before {@code frame}. */
        int endStartingBefore(long frame) {
            int lo = 0;
            int hi = segments.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (start[mid] < frame) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The segment shown at {@code frame}, the later one where two overlap, or -1. */
        int hit(long frame) {
            int found = -1;
            int to = endStartingBefore(frame + 1);
            for (int i = firstEndingAfter(frame); i < to; i++) {
                if (start[i] <= frame && frame < Math.max(end[i], start[i] + 1)) {
                    found = i;
                }
            }
            return found;
        }
    }
}

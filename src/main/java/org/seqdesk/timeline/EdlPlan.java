package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the events of an EDL for a sequence: one per clip, with clips that are identical on
 * several channels merged into one event ({@code B}, {@code AA}, {@code AA/V}), and each transition
 * attached to the clip it leads into. Collects what an EDL cannot hold.
 */
final class EdlPlan {
    private static final Pattern AUDIO_NAME = Pattern.compile("A(\\d{1,2})");

    /** One planned event: a clip on a set of channels, maybe entered through a transition. */
    record Item(
            Segment segment,
            boolean video,
            Set<Integer> audio,
            Transition transition,
            Segment outgoing) {}

    final List<Item> items = new ArrayList<>();
    final List<Problem> losses;

    EdlPlan(List<Problem> losses) {
        this.losses = losses;
    }

    void plan(Sequence sequence) {
        Map<String, Item> merged = new LinkedHashMap<>();
        boolean videoDone = false;
        int audioIndex = 0;
        for (Track t : sequence.tracks()) {
            String label = t.name().isEmpty() ? t.kind().toString().toLowerCase() : t.name();
            if (t.kind() == TrackKind.AUDIO) {
                audioIndex++;
            }
            if (!t.enabled()) {
                losses.add(Problem.warning(label, "switched-off track left out"));
                continue;
            }
            if (t.kind() == TrackKind.VIDEO && videoDone) {
                losses.add(
                        Problem.warning(
                                label, "not written: an EDL holds one video track, the first"));
                continue;
            }
            int channel = t.kind() == TrackKind.AUDIO ? audioChannel(t, audioIndex) : 0;
            videoDone |= t.kind() == TrackKind.VIDEO;
            track(t, channel, label, merged);
        }
        items.addAll(merged.values());
        items.sort(
                Comparator.comparing((Item i) -> i.segment().timelineIn())
                        .thenComparing(i -> i.video() ? 0 : 1)
                        .thenComparing(i -> i.audio().isEmpty() ? 0 : i.audio().iterator().next()));
    }

    private static int audioChannel(Track t, int index) {
        Matcher m = AUDIO_NAME.matcher(t.name());
        return m.matches() ? Integer.parseInt(m.group(1)) : index;
    }

    private void track(Track t, int channel, String label, Map<String, Item> merged) {
        List<Segment> segs = enabledSegments(t, channel, label);
        Map<Segment, Transition> entering = transitions(t, segs, label);
        Segment previous = null;
        for (Segment s : segs) {
            Transition tr = entering.get(s);
            Segment outgoing =
                    tr != null
                                    && previous != null
                                    && previous.timelineOut().sameInstant(s.timelineIn())
                            ? previous
                            : null;
            String key = key(s, tr);
            Item existing = merged.get(key);
            Set<Integer> audio = new TreeSet<>(existing == null ? Set.of() : existing.audio());
            if (channel > 0) {
                audio.add(channel);
            }
            boolean video = channel == 0 || (existing != null && existing.video());
            merged.put(key, new Item(s, video, audio, tr, outgoing));
            previous = s;
        }
    }

    /** The switched-on clips in timeline order; reports what the EDL will not say of them. */
    private List<Segment> enabledSegments(Track t, int channel, String label) {
        List<Segment> segs = new ArrayList<>();
        int off = 0;
        int channelMismatch = 0;
        for (Segment s : t.segments()) {
            if (s.enabled()) {
                segs.add(s);
                channelMismatch += s.sourceTrack() == Math.max(channel, 1) ? 0 : 1;
            } else {
                off++;
            }
        }
        if (channelMismatch > 0) {
            losses.add(
                    Problem.warning(
                            label,
                            channelMismatch
                                    + " clips take another source track or channel than the"
                                    + " track's own; an EDL cannot say so"));
        }
        if (off > 0) {
            losses.add(Problem.warning(label, off + " switched-off clips left out"));
        }
        segs.sort(Comparator.comparing(Segment::timelineIn));
        return segs;
    }

    /** Equal for clips that one event can carry: same source and the same instants. */
    private static String key(Segment s, Transition tr) {
        StringBuilder k = new StringBuilder(s.item()).append('\u0000').append(s.name());
        k.append('\u0000').append(s.source()).append('\u0000').append(s.speed());
        for (TimeCode t :
                new TimeCode[] {s.timelineIn(), s.timelineOut(), s.sourceIn(), s.sourceOut()}) {
            k.append('\u0000').append(instant(t));
        }
        if (tr != null) {
            k.append('\u0000').append(tr.name()).append('\u0000').append(tr.wipe());
            k.append('\u0000').append(instant(tr.in())).append('\u0000').append(instant(tr.out()));
        }
        return k.toString();
    }

    private static String instant(TimeCode t) {
        return t == null ? "-" : t.isInfinite() ? t.toText() : t.seconds().toString();
    }

    /** Each transition keyed by the clip it leads into: the clip that starts inside it. */
    private Map<Segment, Transition> transitions(Track t, List<Segment> segs, String label) {
        Map<Segment, Transition> entering = new LinkedHashMap<>();
        for (Transition tr : t.transitions()) {
            Segment in = null;
            for (Segment s : segs) {
                if (s.timelineIn().compareTo(tr.in()) >= 0
                        && s.timelineIn().compareTo(tr.out()) < 0) {
                    in = s;
                    break;
                }
            }
            if (in == null) {
                losses.add(
                        Problem.warning(
                                label,
                                "transition at "
                                        + tr.in().toText()
                                        + " leads into no clip; not written"));
                continue;
            }
            if (!in.timelineIn().sameInstant(tr.in())) {
                losses.add(
                        Problem.warning(
                                label,
                                "transition at "
                                        + tr.in().toText()
                                        + " starts before its cut; an EDL starts it at the cut"));
            }
            entering.put(in, tr);
        }
        return entering;
    }

    /** The channel field for an item, and whether a channel set needs splitting. */
    static String channelField(boolean video, Set<Integer> audio) {
        if (audio.isEmpty()) {
            return "V";
        }
        if (audio.equals(Set.of(1))) {
            return video ? "B" : "A";
        }
        if (audio.equals(Set.of(1, 2))) {
            return video ? "AA/V" : "AA";
        }
        if (!video && audio.size() == 1) {
            return "A" + audio.iterator().next();
        }
        return null;
    }

    /** Splits an item whose channels no single field names into one item per channel. */
    static List<Item> split(Item i) {
        List<Item> parts = new ArrayList<>();
        if (i.video()) {
            parts.add(new Item(i.segment(), true, Set.of(), i.transition(), i.outgoing()));
        }
        for (int ch : i.audio()) {
            parts.add(new Item(i.segment(), false, Set.of(ch), i.transition(), i.outgoing()));
        }
        return parts;
    }
}

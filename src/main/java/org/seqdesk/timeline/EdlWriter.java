package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a CMX 3600 EDL: one video track and any number of audio channels, cuts, dissolves and
 * wipes (two-line events), {@code M2} speed lines, clip names, source files and {@code *LOC}
 * markers. Past 999 events the numbers widen to four or more digits (as Avid writes them); the
 * lossiness report says so, since strict CMX readers stop at 999.
 */
public final class EdlWriter implements SequenceWriter {

    private static String number(int n, int width) {
        String digits = Integer.toString(n);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    @Override
    public WriteResult write(Sequence sequence) {
        List<Problem> losses = new ArrayList<>();
        EdlPlan plan = new EdlPlan(losses);
        plan.plan(sequence);
        List<EdlPlan.Item> events = new ArrayList<>();
        for (EdlPlan.Item i : plan.items) {
            if (EdlPlan.channelField(i.video(), i.audio()) == null) {
                events.addAll(EdlPlan.split(i));
            } else {
                events.add(i);
            }
        }
        int width = Math.max(3, Integer.toString(events.size()).length());
        if (events.size() > 999) {
            losses.add(
                    Problem.warning(
                            "",
                            events.size()
                                    + " events: numbers past 999 use "
                                    + width
                                    + " digits, which strict CMX 3600 readers refuse"));
        }
        EdlLines out = new EdlLines(sequence, losses);
        out.header(sequence);
        events(out, events, width, sequence.markers(), losses);
        out.summarise();
        return WriteResult.of(out.text(), losses);
    }

    /** The events in order, each marker after the event it falls in. */
    private static void events(
            EdlLines out,
            List<EdlPlan.Item> events,
            int width,
            List<Marker> sequenceMarkers,
            List<Problem> losses) {
        List<Marker> markers = new ArrayList<>(sequenceMarkers);
        markers.sort(java.util.Comparator.comparing(Marker::position));
        int m = 0;
        for (int n = 0; n < events.size(); n++) {
            out.event(number(n + 1, width), events.get(n));
            TimeCode next = n + 1 < events.size() ? events.get(n + 1).segment().timelineIn() : null;
            while (m < markers.size()
                    && (next == null || markers.get(m).position().compareTo(next) < 0)) {
                out.marker(markers.get(m++));
            }
        }
        if (m < markers.size()) {
            losses.add(
                    Problem.warning("", (markers.size() - m) + " markers not written: no events"));
        }
    }
}

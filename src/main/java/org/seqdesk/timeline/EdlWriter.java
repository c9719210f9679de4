package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a CMX 3600 EDL: one video track and any number of audio channels, cuts, dissolves and
 * wipes (two-line events), {@code M2} speed lines, clip names, source files and {@code *LOC}
 * markers. Past 999 events the numbers widen to four or more digits (as Avid writes them); the
 * lossiness report says so, since strict CMX readers stop at 999.
 */
public final class EdlWriter implements SequenceWriter {

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
        EdlLines out = new EdlLines(sequence, losses);
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
        out.header(sequence);
        List<Marker> markers = new ArrayList<>(sequence.markers());
        markers.sort(java.util.Comparator.comparing(Marker::position));
        int m = 0;
        for (int n = 0; n < events.size(); n++) {
            EdlPlan.Item item = events.get(n);
            out.event(String.format(Locale.ROOT, "%0" + width + "d", n + 1), item);
            boolean last = n == events.size() - 1;
            while (m < markers.size()
                    && (last
                            || markers.get(m)
                                            .position()
                                            .compareTo(events.get(n + 1).segment().timelineIn())
                                    < 0)) {
                out.marker(markers.get(m++));
            }
        }
        if (m < markers.size()) {
            losses.add(
                    Problem.warning("", (markers.size() - m) + " markers not written: no events"));
        }
        out.summarise();
        return WriteResult.of(out.text(), losses);
    }
}

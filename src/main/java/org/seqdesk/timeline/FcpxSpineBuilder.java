package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a sequence out as an FCPXML spine with connected clips, for {@link FinalCutXWriter}.
 *
 * <p>On other tracks, runs of abutting clips joined by transitions become secondary storylines. A
 * V1 clip that overlaps the one before it cannot sit in the primary storyline and is connected
 * above the other tracks instead, which is reported.
 */
final class FcpxSpineBuilder {
    /** One element of the primary storyline, with what gets connected to it. */
    private static final class Item {
        final Rational at;
        final Rational duration;
        final Rational localStart;
        final StringBuilder open = new StringBuilder();
        final StringBuilder children = new StringBuilder();
        String close;

        Item(Rational at, Rational duration, Rational localStart, String close) {
            this.at = at;
            this.duration = duration;
            this.localStart = localStart;
            this.close = close;
        }
    }

    private final Sequence sequence;
    private final FcpxResources resources;
    private final List<Problem> losses;
    private final Rational tcStart;
    private final List<Item> spine = new ArrayList<>();
    private final List<Item> transitions = new ArrayList<>();
    private final FcpxClipWriter clips;
    private Rational total = Rational.ZERO;

    FcpxSpineBuilder(
            Sequence sequence, FcpxResources resources, List<Problem> losses, Rational tcStart) {
        this.sequence = sequence;
        this.resources = resources;
        this.losses = losses;
        this.tcStart = tcStart;
        this.clips = new FcpxClipWriter(resources, losses);
    }

    Rational totalSeconds() {
        return total;
    }

    void build() {
        total = sequence.duration().seconds();
        List<Track> video = sequence.videoTracks();
        List<Segment> overflow = new ArrayList<>();
        if (!video.isEmpty()) {
            primary(video.get(0), overflow);
        }
        if (spine.isEmpty() || last().at.plus(last().duration).compareTo(total) < 0) {
            Rational end = spine.isEmpty() ? Rational.ZERO : last().at.plus(last().duration);
            gap(end, total.minus(end));
        }
        for (int i = 1; i < video.size(); i++) {
            connectTrack(video.get(i), i, "V" + (i + 1));
        }
        int extraLane = Math.max(1, video.size());
        for (Segment s : overflow) {
            losses.add(
                    Problem.info(
                            "V1 " + s.item(),
                            "overlaps the clip before it; written on lane " + extraLane));
            connect(s, extraLane, TrackKind.VIDEO, "V1");
        }
        List<Track> audio = sequence.audioTracks();
        for (int i = 0; i < audio.size(); i++) {
            connectTrack(audio.get(i), -(i + 1), "A" + (i + 1));
        }
        for (Marker m : sequence.markers()) {
            marker(m);
        }
    }

    private void primary(Track v1, List<Segment> overflow) {
        List<Segment> sorted = new ArrayList<>(v1.segments());
        sorted.sort((a, b) -> XmemlOut.compare(a.timelineIn(), b.timelineIn()));
        Rational cursor = Rational.ZERO;
        for (Segment s : sorted) {
            Rational in = s.timelineIn().seconds();
            int order = FcpxTime.compare(in, cursor);
            if (order < 0) {
                overflow.add(s);
                continue;
            }
            if (order > 0) {
                gap(cursor, in.minus(cursor));
            }
            Rational duration = s.timelineOut().seconds().minus(in);
            Item item = new Item(in, duration, clips.localStart(s), "");
            item.close = clips.open(item.open, s, TrackKind.VIDEO, 0, tcStart.plus(in), "V1");
            spine.add(item);
            cursor = in.plus(duration);
        }
        List<Transition> sortedTransitions = new ArrayList<>(v1.transitions());
        sortedTransitions.sort((a, b) -> XmemlOut.compare(a.in(), b.in()));
        for (Transition t : sortedTransitions) {
            Rational in = t.in().seconds();
            Item item = new Item(in, t.out().seconds().minus(in), Rational.ZERO, "");
            clips.transition(item.open, t, tcStart.plus(in));
            transitions.add(item);
        }
    }

    private void gap(Rational at, Rational duration) {
        Item item = new Item(at, duration, Rational.ZERO, "</gap>\n");
        item.open.append("<gap name=\"Gap\" offset=\"").append(FcpxTime.format(tcStart.plus(at)));
        item.open.append("\" duration=\"").append(FcpxTime.format(duration)).append("\">\n");
        spine.add(item);
    }

    private void connectTrack(Track track, int lane, String label) {
        if (track.transitions().isEmpty()) {
            for (Segment s : track.segments()) {
                connect(s, lane, track.kind(), label);
            }
            return;
        }
        FcpxStorylines storylines = FcpxStorylines.of(track);
        for (List<Segment> chain : storylines.chains()) {
            List<Transition> inside = storylines.transitionsOf(chain);
            if (inside.isEmpty() && chain.size() == 1) {
                connect(chain.get(0), lane, track.kind(), label);
            } else {
                storyline(chain, inside, lane, track.kind(), label);
            }
        }
        int lost = storylines.unplaced();
        if (lost > 0) {
            losses.add(
                    Problem.warning(
                            label,
                            lost
                                    + " transition(s) not written: they join no run of"
                                    + " abutting clips"));
        }
    }

    /** Abutting clips with their transitions, as a secondary storyline on {@code lane}. */
    private void storyline(
            List<Segment> chain, List<Transition> inside, int lane, TrackKind kind, String label) {
        Rational start = chain.get(0).timelineIn().seconds();
        for (Transition t : inside) {
            start = FcpxTime.compare(t.in().seconds(), start) < 0 ? t.in().seconds() : start;
        }
        Item parent = parentAt(start);
        StringBuilder b = parent.children;
        b.append("<spine lane=\"").append(lane).append("\" offset=\"");
        b.append(FcpxTime.format(parent.localStart.plus(start.minus(parent.at)))).append("\">\n");
        int t = 0;
        for (Segment s : chain) {
            Rational in = s.timelineIn().seconds();
            while (t < inside.size() && FcpxTime.compare(inside.get(t).in().seconds(), in) <= 0) {
                clips.transition(b, inside.get(t), inside.get(t++).in().seconds().minus(start));
            }
            b.append(clips.open(b, s, kind, 0, in.minus(start), label));
        }
        while (t < inside.size()) {
            clips.transition(b, inside.get(t), inside.get(t++).in().seconds().minus(start));
        }
        b.append("</spine>\n");
    }

    private void connect(Segment s, int lane, TrackKind kind, String label) {
        Rational in = s.timelineIn().seconds();
        Item parent = parentAt(in);
        Rational offset = parent.localStart.plus(in.minus(parent.at));
        clips.open(parent.children, s, kind, lane, offset, label);
    }

    private void marker(Marker m) {
        Rational at = m.position().seconds();
        Item parent = parentAt(at);
        clips.marker(parent.children, m, parent.localStart.plus(at.minus(parent.at)));
    }

    /** The spine element whose span holds {@code t} (the last one for the very end). */
    private Item parentAt(Rational t) {
        int lo = 0;
        int hi = spine.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (FcpxTime.compare(spine.get(mid).at, t) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return spine.get(lo);
    }

    private Item last() {
        return spine.get(spine.size() - 1);
    }

    void write(StringBuilder b) {
        int t = 0;
        for (Item item : spine) {
            while (t < transitions.size()
                    && FcpxTime.compare(transitions.get(t).at, item.at) <= 0) {
                b.append(transitions.get(t++).open);
            }
            b.append(item.open).append(item.children);
            b.append(item.close);
        }
        while (t < transitions.size()) {
            b.append(transitions.get(t++).open);
        }
    }
}

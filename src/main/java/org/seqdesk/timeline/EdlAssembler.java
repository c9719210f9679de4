package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lays the events of an EDL on tracks: the picture on one video track, each audio channel on its
 * own audio track. Record times count from the start timecode, which is the earliest record time
 * rounded down to a whole hour (so an edit that starts at 01:00:10:00 keeps its 10 s head).
 *
 * <p>A transition starts at the record in of its incoming clip and lasts the event's duration: CMX
 * 3600 lays a dissolve after the cut, using the outgoing clip's handle.
 */
final class EdlAssembler {
    private final FrameRate rate;
    private final List<Problem> problems;
    private final TimeBase base;
    private final EdlTracks tracks = new EdlTracks();
    private final List<Marker> markers = new ArrayList<>();
    private long start;

    EdlAssembler(FrameRate rate, List<Problem> problems) {
        this.rate = rate;
        this.problems = problems;
        this.base = rate.timeBase();
    }

    Sequence assemble(String title, List<EdlEvent> events) {
        start = startFrames(events);
        for (EdlEvent e : events) {
            event(e);
        }
        List<Track> built = tracks.build(problems);
        return new Sequence("", title, rate, TimeCode.of(start, base), built, markers, Map.of());
    }

    private FrameRate rateFor(boolean dropFrame) {
        boolean canDrop = rate.isNtsc() && rate.nominal() % 30 == 0;
        return dropFrame == rate.dropFrame() || (dropFrame && !canDrop)
                ? rate
                : new FrameRate(rate.fps(), dropFrame);
    }

    /** The frames of a timecode, or null with an error naming the line. */
    private Long frames(String tc, boolean dropFrame, int line) {
        try {
            return rateFor(dropFrame).parse(tc);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("line " + line, e.getMessage()));
            return null;
        }
    }

    private long startFrames(List<EdlEvent> events) {
        long min = Long.MAX_VALUE;
        for (EdlEvent e : events) {
            for (int i = 0; i < e.lines.size(); i++) {
                EdlLine l = e.lines.get(i);
                try {
                    min = Math.min(min, rateFor(e.dropFrame.get(i)).parse(l.times()[2]));
                } catch (IllegalArgumentException ex) {
                    // reported when the event is read
                }
            }
        }
        if (min == Long.MAX_VALUE) {
            return 0;
        }
        long hours = Long.parseLong(rate.format(min).split(":")[0]);
        return rate.parse(String.format("%02d:00:00:00", hours));
    }

    private void event(EdlEvent e) {
        List<Segment> made = new ArrayList<>();
        for (int i = 0; i < e.lines.size(); i++) {
            EdlLine l = e.lines.get(i);
            long[] f = times(l, e.dropFrame.get(i));
            if (f == null) {
                made.add(null);
                continue;
            }
            if (l.isTransition()) {
                transition(e, l, f[2] - start);
            } else if (l.type() == 'K') {
                problems.add(Problem.warning("line " + l.lineNumber(), "key event read as a cut"));
            }
            made.add(f[3] > f[2] ? segment(e, i, f) : null);
        }
        for (EdlEvent.Loc loc : e.locs) {
            Long at = frames(loc.timecode(), loc.dropFrame(), loc.lineNumber());
            if (at != null) {
                markers.add(
                        new Marker(
                                loc.text(), "", TimeCode.of(at - start, base), null, loc.color()));
            }
        }
    }

    private long[] times(EdlLine l, boolean dropFrame) {
        long[] f = new long[4];
        for (int k = 0; k < 4; k++) {
            Long v = frames(l.times()[k], dropFrame, l.lineNumber());
            if (v == null) {
                return null;
            }
            f[k] = v;
        }
        if (f[3] < f[2] || f[1] < f[0]) {
            problems.add(Problem.error("line " + l.lineNumber(), "an out before its in; skipped"));
            return null;
        }
        return f;
    }

    private void transition(EdlEvent e, EdlLine l, long in) {
        String name =
                e.transitionName != null ? e.transitionName : l.type() == 'W' ? "wipe" : "dissolve";
        Transition t =
                new Transition(
                        name,
                        TimeCode.of(in, base),
                        TimeCode.of(in + l.duration(), base),
                        l.wipe());
        tracks.addTransition(l.video(), EdlNotes.audio(l, e), t);
    }

    private Segment segment(EdlEvent e, int index, long[] f) {
        EdlLine l = e.lines.get(index);
        boolean incoming = index == e.lines.size() - 1;
        String name = e.lines.size() == 2 && incoming ? e.toName : e.fromName;
        if (name == null && e.lines.size() == 1) {
            name = e.toName;
        }
        Rational speed = speed(e, l);
        long srcOut = f[1];
        long record = f[3] - f[2];
        if (f[1] == f[0] && speed.equals(Rational.ONE)) {
            problems.add(
                    Problem.info(
                            "line " + l.lineNumber(),
                            "empty source range (media without timecode): taken as long as the"
                                    + " record range"));
            srcOut = f[0] + record;
        } else if (speed.equals(Rational.ONE) && f[1] - f[0] != record) {
            problems.add(
                    Problem.warning(
                            "line " + l.lineNumber(),
                            "source length "
                                    + (f[1] - f[0])
                                    + " frames differs from record length "
                                    + record));
        }
        Segment s =
                new Segment(
                        l.reel(),
                        name,
                        1,
                        TimeCode.of(f[2] - start, base),
                        TimeCode.of(f[3] - start, base),
                        TimeCode.of(f[0], base),
                        TimeCode.of(srcOut, base),
                        speed,
                        incoming ? e.effects : List.of(),
                        incoming ? e.sourceFile : null,
                        true);
        tracks.addSegment(l.video(), EdlNotes.audio(l, e), s);
        return s;
    }

    /** The event's M2 speed for this line's reel, as a fraction of normal speed. */
    private Rational speed(EdlEvent e, EdlLine l) {
        for (EdlEvent.Speed s : e.speeds) {
            boolean matches = s.reel().equals(l.reel());
            boolean fallback =
                    l == e.last() && e.lines.stream().noneMatch(x -> x.reel().equals(s.reel()));
            if (matches || fallback) {
                if (fallback && !matches) {
                    problems.add(
                            Problem.warning(
                                    "line " + s.lineNumber(),
                                    "M2 reel "
                                            + s.reel()
                                            + " matches no line of its event; applied to the"
                                            + " last"));
                }
                // M2 gives frames per second at the nominal timecode rate
                return s.fps().dividedBy(Rational.of(rate.nominal()));
            }
        }
        return Rational.ONE;
    }

    /** The segments and transitions of each channel, built into tracks at the end. */
    private static final class EdlTracks {
        private final List<Segment> video = new ArrayList<>();
        private final List<Transition> videoTransitions = new ArrayList<>();
        private final Map<Integer, List<Segment>> audio = new TreeMap<>();
        private final Map<Integer, List<Transition>> audioTransitions = new TreeMap<>();
        private boolean videoUsed;

        void addSegment(boolean isVideo, Set<Integer> channels, Segment s) {
            if (isVideo) {
                videoUsed = true;
                video.add(s);
            }
            for (int ch : channels) {
                audio.computeIfAbsent(ch, k -> new ArrayList<>()).add(withSourceTrack(s, ch));
                audioTransitions.computeIfAbsent(ch, k -> new ArrayList<>());
            }
        }

        void addTransition(boolean isVideo, Set<Integer> channels, Transition t) {
            if (isVideo) {
                videoUsed = true;
                videoTransitions.add(t);
            }
            for (int ch : channels) {
                audioTransitions.computeIfAbsent(ch, k -> new ArrayList<>()).add(t);
                audio.computeIfAbsent(ch, k -> new ArrayList<>());
            }
        }

        private static Segment withSourceTrack(Segment s, int channel) {
            return new Segment(
                    s.item(),
                    s.name(),
                    channel,
                    s.timelineIn(),
                    s.timelineOut(),
                    s.sourceIn(),
                    s.sourceOut(),
                    s.speed(),
                    s.effects(),
                    s.source(),
                    s.enabled());
        }

        List<Track> build(List<Problem> problems) {
            List<Track> result = new ArrayList<>();
            if (videoUsed) {
                result.add(track(TrackKind.VIDEO, "V", video, videoTransitions, problems));
            }
            for (Map.Entry<Integer, List<Segment>> a : audio.entrySet()) {
                result.add(
                        track(
                                TrackKind.AUDIO,
                                "A" + a.getKey(),
                                a.getValue(),
                                audioTransitions.get(a.getKey()),
                                problems));
            }
            return result;
        }

        private static Track track(
                TrackKind kind,
                String name,
                List<Segment> segments,
                List<Transition> transitions,
                List<Problem> problems) {
            List<Segment> sorted = new ArrayList<>(segments);
            sorted.sort(Comparator.comparing(Segment::timelineIn));
            TimeCode end = null;
            for (Segment s : sorted) {
                if (end != null && s.timelineIn().compareTo(end) < 0) {
                    problems.add(
                            Problem.warning(
                                    name,
                                    "clip "
                                            + s.item()
                                            + " at "
                                            + s.timelineIn().toText()
                                            + " overlaps the clip before it"));
                }
                end = end == null ? s.timelineOut() : TimeCode.max(end, s.timelineOut());
            }
            return new Track(kind, name, true, sorted, transitions);
        }
    }
}

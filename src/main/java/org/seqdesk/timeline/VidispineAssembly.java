package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the pieces of a SequenceDocument, as either reader found them, into the model. Shared by
 * the XML and the JSON reader so that both are equally lenient.
 *
 * <p>A SequenceDocument has no speed field: a segment whose source range is longer or shorter than
 * its timeline range plays faster or slower, so the speed is read as the exact ratio of the two.
 */
final class VidispineAssembly {
    /** Prefix of the {@link Sequence#metadata} keys that hold the document's {@code setting}s. */
    static final String SETTING_PREFIX = "vidispine.setting.";

    private VidispineAssembly() {}

    /** One segment as found in the file; any time may be null when the file left it out. */
    record SegmentParts(
            String item,
            Integer sourceTrack,
            TimeCode in,
            TimeCode out,
            TimeCode sourceIn,
            TimeCode sourceOut,
            List<Effect> effects) {}

    /**
     * The segment, or null (with an error in {@code problems}) when its place on the timeline
     * cannot be known.
     *
     * @param previousOut where the previous segment of the track ended, used for a missing {@code
     *     in}; null at the start of a track
     */
    static Segment segment(
            SegmentParts parts, TimeCode previousOut, String path, List<Problem> problems) {
        SegmentParts p = finiteSource(parts, path, problems);
        String item = p.item() == null ? "" : p.item().trim();
        if (item.isEmpty()) {
            problems.add(Problem.warning(path, "segment has no item"));
        }
        int sourceTrack = 1;
        if (p.sourceTrack() == null) {
            problems.add(Problem.warning(path, "segment has no sourceTrack; 1 assumed"));
        } else {
            sourceTrack = p.sourceTrack();
        }
        TimeCode[] place;
        Rational speed;
        try {
            place = place(p, previousOut, path, problems);
            speed =
                    place == null
                            ? null
                            : speed(
                                    place[0],
                                    place[1],
                                    p.sourceIn(),
                                    p.sourceOut(),
                                    path,
                                    problems);
        } catch (ArithmeticException e) {
            problems.add(Problem.error(path, "segment times out of range; skipped"));
            return null;
        }
        if (place == null) {
            return null;
        }
        return new Segment(
                item,
                "",
                sourceTrack,
                place[0],
                place[1],
                p.sourceIn(),
                p.sourceOut(),
                speed,
                p.effects(),
                "",
                true);
    }

    /** The segment's in and out on the timeline, or null (with an error) when unknowable. */
    private static TimeCode[] place(
            SegmentParts p, TimeCode previousOut, String path, List<Problem> problems) {
        TimeCode in = p.in();
        if (in == null) {
            in = previousOut != null ? previousOut : zeroLike(p);
            problems.add(
                    Problem.warning(
                            path,
                            "segment has no in; placed at " + in.toText() + " (edge to edge)"));
        }
        TimeCode out = p.out() != null ? p.out() : outFromSource(p, in);
        if (out == null) {
            problems.add(Problem.error(path, "segment has no out and no source range; skipped"));
            return null;
        }
        if (in.isInfinite() || out.isInfinite()) {
            problems.add(Problem.error(path, "segment in and out must be finite; skipped"));
            return null;
        }
        if (out.compareTo(in) < 0) {
            problems.add(Problem.error(path, "segment ends before it starts; skipped"));
            return null;
        }
        return new TimeCode[] {in, out};
    }

    /** The parts without open-ended source times, which no format can use; reported. */
    private static SegmentParts finiteSource(SegmentParts p, String path, List<Problem> problems) {
        boolean in = p.sourceIn() != null && p.sourceIn().isInfinite();
        boolean out = p.sourceOut() != null && p.sourceOut().isInfinite();
        if (!in && !out) {
            return p;
        }
        problems.add(Problem.warning(path, "infinite source time dropped"));
        return new SegmentParts(
                p.item(),
                p.sourceTrack(),
                p.in(),
                p.out(),
                in ? null : p.sourceIn(),
                out ? null : p.sourceOut(),
                p.effects());
    }

    private static TimeCode zeroLike(SegmentParts p) {
        TimeCode any = p.out() != null ? p.out() : p.sourceIn();
        return any == null || any.isInfinite()
                ? TimeCode.zero(TimeBase.PAL)
                : TimeCode.zero(any.base());
    }

    private static TimeCode outFromSource(SegmentParts p, TimeCode in) {
        if (p.sourceIn() == null
                || p.sourceOut() == null
                || p.sourceIn().isInfinite()
                || p.sourceOut().isInfinite()
                || in.isInfinite()) {
            return null;
        }
        return in.plus(p.sourceOut().minus(p.sourceIn()));
    }

    private static Rational speed(
            TimeCode in,
            TimeCode out,
            TimeCode sourceIn,
            TimeCode sourceOut,
            String path,
            List<Problem> problems) {
        if (sourceIn == null || sourceOut == null) {
            return Rational.ONE;
        }
        Rational timeline = out.seconds().minus(in.seconds());
        if (timeline.signum() == 0) {
            return Rational.ONE;
        }
        Rational source = sourceOut.seconds().minus(sourceIn.seconds());
        if (source.signum() < 0) {
            problems.add(
                    Problem.warning(path, "source range runs backwards; read as reverse play"));
        }
        return source.dividedBy(timeline);
    }

    /** The transition, or null (with an error) when it lacks a finite in or out. */
    static Transition transition(
            String name,
            TimeCode in,
            TimeCode out,
            Integer wipe,
            String path,
            List<Problem> problems) {
        if (in == null || out == null || in.isInfinite() || out.isInfinite()) {
            problems.add(Problem.error(path, "transition needs a finite in and out; skipped"));
            return null;
        }
        if (out.compareTo(in) < 0) {
            problems.add(Problem.error(path, "transition ends before it starts; skipped"));
            return null;
        }
        if (name.isEmpty()) {
            problems.add(Problem.warning(path, "transition has no name"));
        }
        return new Transition(name, in, out, wipe);
    }

    /**
     * The sequence's frame rate: the base of the first video segment, else of the first segment
     * whose base is a plausible frame rate, else 25 fps.
     */
    static FrameRate rate(List<Track> tracks) {
        for (TrackKind kind : new TrackKind[] {TrackKind.VIDEO, TrackKind.AUDIO}) {
            for (Track t : tracks) {
                if (t.kind() != kind) {
                    continue;
                }
                for (Segment s : t.segments()) {
                    TimeBase base = s.timelineIn().base();
                    if (base.rate().compareTo(Rational.of(121)) < 0) {
                        return FrameRate.of(base);
                    }
                }
            }
        }
        return FrameRate.FPS_25;
    }

    /** The document's settings as metadata entries. */
    static Map<String, String> settingsMetadata(List<String[]> settings) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String[] kv : settings) {
            metadata.put(SETTING_PREFIX + kv[0], kv[1]);
        }
        return metadata;
    }

    /** The settings stored in metadata, as key and value pairs. */
    static List<String[]> settings(Sequence sequence) {
        List<String[]> settings = new ArrayList<>();
        sequence.metadata().entrySet().stream()
                .filter(e -> e.getKey().startsWith(SETTING_PREFIX))
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e ->
                                settings.add(
                                        new String[] {
                                            e.getKey().substring(SETTING_PREFIX.length()),
                                            e.getValue()
                                        }));
        return settings;
    }
}

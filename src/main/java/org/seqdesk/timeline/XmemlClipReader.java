package org.seqdesk.timeline;

import static org.seqdesk.timeline.InterchangeXml.child;
import static org.seqdesk.timeline.InterchangeXml.localName;
import static org.seqdesk.timeline.InterchangeXml.text;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads one {@code clipitem} or {@code generatoritem} into a segment.
 *
 * <p>TODO(#4): a nested sequence is kept as one clip, and markers on clip items are not read; the
 * model has no nesting and only sequence markers.
 */
final class XmemlClipReader {
    private final XmemlContext ctx;
    private final Element e;
    private final String path;
    private final TrackKind kind;

    XmemlClipReader(XmemlContext ctx, Element e, String path, TrackKind kind) {
        this.ctx = ctx;
        this.e = e;
        this.path = path;
        this.kind = kind;
    }

    /** The segment, or null (reported) when the item has no usable times. */
    Segment read(Transition before, Transition after) {
        FrameRate own = ctx.rate(child(e, "rate"), path + "/rate");
        TimeBase clipBase = (own == null ? ctx.sequenceRate : own).timeBase();
        TimeBase seqBase = ctx.sequenceRate.timeBase();
        Long in = ctx.frames(text(e, "in"), path + "/in");
        Long out = ctx.frames(text(e, "out"), path + "/out");
        Long start = ctx.frames(text(e, "start"), path + "/start");
        Long end = ctx.frames(text(e, "end"), path + "/end");
        if (in == null || out == null || start == null || end == null) {
            ctx.problems.add(Problem.error(path, "clip without in, out, start and end, skipped"));
            return null;
        }
        Rational speed = XmemlSpeed.of(e, path, ctx.problems);
        long length = timelineLength(out - in, clipBase, seqBase, speed);
        if (start == -1) {
            start = before != null ? before.in().samples() : end - length;
        }
        if (end == -1) {
            end = after != null ? after.out().samples() : start + length;
        }
        if (end < start) {
            ctx.problems.add(Problem.error(path, "clip ends before it starts, skipped"));
            return null;
        }
        checkLength(end - start, out - in, clipBase, seqBase, speed);
        List<Effect> effects = new ArrayList<>(XmemlTrackReader.effects(e));
        String[] reference = reference(effects);
        return new Segment(
                reference[0],
                text(e, "name"),
                sourceTrack(),
                TimeCode.of(start, seqBase),
                TimeCode.of(end, seqBase),
                TimeCode.of(in, clipBase),
                TimeCode.of(out, clipBase),
                speed,
                effects,
                reference[1],
                !"FALSE".equalsIgnoreCase(String.valueOf(text(e, "enabled"))));
    }

    /** Timeline frames that {@code sourceFrames} at {@code speed} fill, rounded. */
    private static long timelineLength(
            long sourceFrames, TimeBase clipBase, TimeBase seqBase, Rational speed) {
        if (clipBase.equals(seqBase) && speed.equals(Rational.ONE)) {
            return sourceFrames;
        }
        Rational seconds = clipBase.seconds().times(sourceFrames);
        if (speed.signum() != 0) {
            seconds = seconds.dividedBy(speed.abs());
        }
        return seconds.dividedBy(seqBase.seconds()).round();
    }

    private void checkLength(
            long timelineFrames,
            long sourceFrames,
            TimeBase clipBase,
            TimeBase seqBase,
            Rational s) {
        if (s.signum() == 0 || clipBase.equals(seqBase) && s.equals(Rational.ONE)) {
            if (s.signum() != 0 && timelineFrames != sourceFrames) {
                reportLength(timelineFrames, sourceFrames, s);
            }
            return;
        }
        Rational used = seqBase.seconds().times(timelineFrames).times(s.abs());
        Rational available = clipBase.seconds().times(sourceFrames);
        if (used.compareTo(available) != 0) {
            reportLength(timelineFrames, sourceFrames, s);
        }
    }

    private void reportLength(long timelineFrames, long sourceFrames, Rational s) {
        ctx.problems.add(
                Problem.warning(
                        path,
                        "the source range ("
                                + sourceFrames
                                + " frames) does not match the timeline length ("
                                + timelineFrames
                                + " frames) at speed "
                                + s
                                + "; both are kept as written"));
    }

    private int sourceTrack() {
        if (kind != TrackKind.AUDIO) {
            return 1;
        }
        Long index = ctx.frames(text(e, "sourcetrack/trackindex"), path + "/sourcetrack");
        return index == null || index < 1 ? 1 : index.intValue();
    }

    /** The item and source: the file's name and path URL, a nested sequence, or a generator. */
    private String[] reference(List<Effect> effects) {
        Element fileRef = child(e, "file");
        if (fileRef != null) {
            Element file = ctx.file(fileRef);
            String name = text(file, "name");
            String item = name != null && !name.isEmpty() ? name : fileRef.getAttribute("id");
            String url = text(file, "pathurl");
            checkFileTimecode(file);
            return new String[] {item, url == null ? "" : url};
        }
        Element nested = child(e, "sequence");
        if (nested != null) {
            String name = text(nested, "name");
            ctx.problems.add(
                    Problem.info(path, "a nested sequence is kept as one clip, not expanded"));
            return new String[] {name != null ? name : nested.getAttribute("id"), ""};
        }
        if (localName(e).equals("generatoritem")) {
            Element effect = child(e, "effect");
            if (effect != null) {
                String name = text(effect, "name");
                effects.add(0, new Effect(name == null ? text(effect, "effectid") : name, null));
            }
            return new String[] {"", ""};
        }
        ctx.problems.add(Problem.warning(path, "clip without a file reference"));
        return new String[] {"", ""};
    }

    private void checkFileTimecode(Element file) {
        Element tc = child(file, "timecode");
        if (tc == null || file.getUserData("seqdesk.checked") != null) {
            return;
        }
        file.setUserData("seqdesk.checked", Boolean.TRUE, null);
        FrameRate rate = ctx.rate(child(tc, "rate"), path + "/file/timecode/rate");
        if (rate != null) {
            ctx.withDisplayFormat(rate, tc, path + "/file/timecode");
        }
    }
}

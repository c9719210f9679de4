package org.seqdesk.api.doc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.seqdesk.timeline.Effect;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.Rational;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.TrackKind;
import org.seqdesk.timeline.Transition;

/**
 * Converts between {@link SequenceDocument} and the timeline model. Times pass through unchanged
 * (same samples, same base). What one side has no place for is dropped: names, markers and speed on
 * the way to VidiCore; settings and overrides on the way back.
 */
public final class SequenceDocuments {
    private SequenceDocuments() {}

    /**
     * The timeline model of a document. The sequence rate is the base of the first video segment's
     * timeline position (PAL when there is none). A segment without {@code in} starts where the
     * previous one on its track ended; one without {@code out} lasts as long as its source span.
     *
     * @throws IllegalArgumentException when a segment has no item, or its end cannot be known
     */
    public static Sequence toSequence(SequenceDocument document) {
        List<Track> tracks = new ArrayList<>();
        for (SequenceDocument.Track t : document.tracks()) {
            tracks.add(toTrack(t));
        }
        return new Sequence(document.id(), "", rateOf(document), null, tracks, null, null);
    }

    /** The document of a timeline sequence, with elements in schema order when written. */
    public static SequenceDocument toDocument(Sequence sequence) {
        List<SequenceDocument.Track> tracks = new ArrayList<>();
        for (Track t : sequence.tracks()) {
            List<SequenceDocument.Segment> segments = new ArrayList<>();
            for (Segment s : t.segments()) {
                segments.add(toDocument(s));
            }
            List<SequenceDocument.Transition> transitions = new ArrayList<>();
            for (Transition tr : t.transitions()) {
                transitions.add(
                        new SequenceDocument.Transition(
                                TimeCodeDocument.of(tr.in()),
                                TimeCodeDocument.of(tr.out()),
                                tr.wipe(),
                                tr.name(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
            }
            tracks.add(
                    new SequenceDocument.Track(t.kind() == TrackKind.AUDIO, segments, transitions));
        }
        String id = sequence.id().isEmpty() ? null : sequence.id();
        return new SequenceDocument(id, tracks, null, null);
    }

    private static FrameRate rateOf(SequenceDocument document) {
        for (SequenceDocument.Track t : document.tracks()) {
            if (t.isAudio()) {
                continue;
            }
            for (SequenceDocument.Segment s : t.segments()) {
                if (s.in() != null && s.in().timeBase() != null) {
                    return FrameRate.of(s.in().timeBase().toTimeBase());
                }
            }
        }
        return FrameRate.FPS_25;
    }

    private static Track toTrack(SequenceDocument.Track t) {
        List<Segment> segments = new ArrayList<>();
        TimeCode previousEnd = null;
        for (SequenceDocument.Segment s : t.segments()) {
            Segment segment = toSegment(s, previousEnd);
            segments.add(segment);
            previousEnd = segment.timelineOut();
        }
        List<Transition> transitions = new ArrayList<>();
        for (SequenceDocument.Transition tr : t.transitions()) {
            if (tr.in() != null && tr.out() != null) {
                transitions.add(
                        new Transition(
                                tr.transition(),
                                tr.in().toTimeCode(),
                                tr.out().toTimeCode(),
                                tr.wipe()));
            }
        }
        TrackKind kind = t.isAudio() ? TrackKind.AUDIO : TrackKind.VIDEO;
        return new Track(kind, "", true, segments, transitions);
    }

    private static Segment toSegment(SequenceDocument.Segment s, TimeCode previousEnd) {
        if (s.item() == null) {
            throw new IllegalArgumentException("a segment has no item");
        }
        TimeCode sourceIn = TimeCodeDocument.toTimeCode(s.sourceIn());
        TimeCode sourceOut = TimeCodeDocument.toTimeCode(s.sourceOut());
        TimeCode in = TimeCodeDocument.toTimeCode(s.in());
        if (in == null) {
            in = previousEnd != null ? previousEnd : TimeCode.zero(baseOf(s));
        }
        TimeCode out = TimeCodeDocument.toTimeCode(s.out());
        if (out == null) {
            if (sourceIn == null || sourceOut == null) {
                throw new IllegalArgumentException(
                        "segment of " + s.item() + " has neither out nor a source span");
            }
            out = in.plus(sourceOut.minus(sourceIn));
        }
        List<Effect> effects = new ArrayList<>();
        for (EffectDocument e : s.effects()) {
            effects.add(toEffect(e));
        }
        int track = s.sourceTrack() == null ? 1 : s.sourceTrack();
        return new Segment(
                s.item(), "", track, in, out, sourceIn, sourceOut, Rational.ONE, effects, "", true);
    }

    private static TimeBase baseOf(SequenceDocument.Segment s) {
        TimeCodeDocument any = s.out() != null ? s.out() : s.sourceIn();
        return any == null ? TimeBase.PAL : any.toTimeCode().base();
    }

    private static Effect toEffect(EffectDocument e) {
        List<Effect.Parameter> parameters = new ArrayList<>();
        for (EffectDocument.Parameter p : e.parameters()) {
            String value = p.value() == null ? "" : p.value().toPlainString();
            parameters.add(new Effect.Parameter(p.name(), value));
        }
        return new Effect(e.name(), parameters);
    }

    private static SequenceDocument.Segment toDocument(Segment s) {
        List<EffectDocument> effects = new ArrayList<>();
        for (Effect e : s.effects()) {
            List<EffectDocument.Parameter> parameters = new ArrayList<>();
            for (Effect.Parameter p : e.parameters()) {
                parameters.add(new EffectDocument.Parameter(p.name(), decimal(p.value()), null));
            }
            effects.add(new EffectDocument(e.name(), parameters));
        }
        return new SequenceDocument.Segment(
                s.item(),
                s.sourceTrack(),
                TimeCodeDocument.of(s.timelineIn()),
                TimeCodeDocument.of(s.timelineOut()),
                TimeCodeDocument.ofNullable(s.sourceIn()),
                TimeCodeDocument.ofNullable(s.sourceOut()),
                effects);
    }

    /** A parameter value as a decimal, or null when it is not one (VidiCore wants a number). */
    private static BigDecimal decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.seqdesk.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes one track as a Track.1: clips edge to edge with gaps for the holes, and each transition
 * between the two items at its cut, with its in and out offsets.
 */
final class OtioTrackWriter {
    private final OtioJson json;
    private final JsonGenerator g;
    private final List<Problem> losses;
    private final String label;
    private final List<Transition> pending = new ArrayList<>();
    private int overlaps;
    private int sourceOuts;
    private int noSource;

    OtioTrackWriter(OtioJson json, List<Problem> losses, String label) {
        this.json = json;
        this.g = json.g;
        this.losses = losses;
        this.label = label;
    }

    void write(Track t) throws IOException {
        g.writeStartObject();
        g.writeStringField("OTIO_SCHEMA", "Track.1");
        g.writeObjectFieldStart("metadata");
        g.writeEndObject();
        g.writeStringField("name", t.name());
        g.writeNullField("source_range");
        g.writeArrayFieldStart("effects");
        g.writeEndArray();
        g.writeArrayFieldStart("markers");
        g.writeEndArray();
        g.writeBooleanField("enabled", t.enabled());
        g.writeStringField("kind", t.kind() == TrackKind.AUDIO ? "Audio" : "Video");
        g.writeArrayFieldStart("children");
        children(t);
        g.writeEndArray();
        g.writeEndObject();
        report();
    }

    private void children(Track t) throws IOException {
        List<Segment> segs = new ArrayList<>(t.segments());
        segs.sort(Comparator.comparing(Segment::timelineIn));
        pending.addAll(t.transitions());
        pending.sort(Comparator.comparing(Transition::in));
        TimeCode cursor = TimeCode.zero(TimeBase.SECONDS);
        for (Segment s : segs) {
            if (s.timelineIn().compareTo(cursor) < 0) {
                overlaps++;
                continue;
            }
            if (s.timelineIn().compareTo(cursor) > 0) {
                transitionsAt(cursor);
                gap(OtioLayout.prefer(s.timelineIn().minus(cursor), s.rate()));
            }
            transitionsAt(s.timelineIn());
            clip(s);
            cursor = s.timelineOut();
        }
        transitionsAt(cursor);
        if (!pending.isEmpty()) {
            losses.add(
                    Problem.warning(
                            label,
                            pending.size() + " transitions at no cut between items; not written"));
        }
    }

    /** Writes, and takes from the pending list, every transition that spans {@code cut}. */
    private void transitionsAt(TimeCode cut) throws IOException {
        for (int i = 0; i < pending.size(); i++) {
            Transition tr = pending.get(i);
            if (tr.in().compareTo(cut) <= 0 && tr.out().compareTo(cut) >= 0) {
                pending.remove(i--);
                transition(tr, cut);
            }
        }
    }

    private void transition(Transition tr, TimeCode cut) throws IOException {
        g.writeStartObject();
        g.writeStringField("OTIO_SCHEMA", "Transition.1");
        g.writeObjectFieldStart("metadata");
        if (tr.isWipe()) {
            g.writeObjectFieldStart("seqdesk");
            g.writeNumberField("wipe", tr.wipe());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeStringField("name", tr.name());
        String lower = tr.name().toLowerCase(java.util.Locale.ROOT);
        g.writeStringField(
                "transition_type",
                !tr.isWipe() && lower.contains("dissolve")
                        ? "SMPTE_Dissolve"
                        : "Custom_Transition");
        g.writeObjectFieldStart("parameters");
        g.writeEndObject();
        if (tr.isWipe()) {
            losses.add(
                    Problem.info(
                            label, "wipe code " + tr.wipe() + " kept only in SeqDesk metadata"));
        }
        g.writeFieldName("in_offset");
        json.time(OtioLayout.prefer(cut.minus(tr.in()), tr.in().base()));
        g.writeFieldName("out_offset");
        json.time(OtioLayout.prefer(tr.out().minus(cut), tr.out().base()));
        g.writeEndObject();
    }

    private void gap(TimeCode duration) throws IOException {
        g.writeStartObject();
        g.writeStringField("OTIO_SCHEMA", "Gap.1");
        g.writeObjectFieldStart("metadata");
        g.writeEndObject();
        g.writeStringField("name", "");
        g.writeFieldName("source_range");
        json.range(TimeCode.zero(duration.base()), duration);
        g.writeArrayFieldStart("effects");
        g.writeEndArray();
        g.writeArrayFieldStart("markers");
        g.writeEndArray();
        g.writeBooleanField("enabled", true);
        g.writeEndObject();
    }

    private void clip(Segment s) throws IOException {
        g.writeStartObject();
        g.writeStringField("OTIO_SCHEMA", "Clip.2");
        g.writeObjectFieldStart("metadata");
        g.writeObjectFieldStart("seqdesk");
        g.writeStringField("item", s.item());
        g.writeNumberField("sourceTrack", s.sourceTrack());
        TimeCode duration = OtioLayout.prefer(s.duration(), s.rate());
        if (!sourceOutImplied(s, duration)) {
            g.writeStringField("sourceOut", s.sourceOut().toText());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("name", s.name());
        g.writeFieldName("source_range");
        json.range(sourceStart(s), duration);
        g.writeArrayFieldStart("effects");
        if (!s.speed().equals(Rational.ONE)) {
            json.speed(s.speed(), label + " clip " + s.item());
        }
        for (Effect e : s.effects()) {
            json.effect(e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("markers");
        g.writeEndArray();
        g.writeBooleanField("enabled", s.enabled());
        g.writeObjectFieldStart("media_references");
        g.writeFieldName("DEFAULT_MEDIA");
        reference(s.source());
        g.writeEndObject();
        g.writeStringField("active_media_reference_key", "DEFAULT_MEDIA");
        g.writeEndObject();
    }

    private TimeCode sourceStart(Segment s) {
        if (s.sourceIn() == null) {
            noSource++;
            return TimeCode.zero(s.rate());
        }
        return s.sourceIn();
    }

    /** True when OpenTimelineIO's own fields give the source out; counts it otherwise. */
    private boolean sourceOutImplied(Segment s, TimeCode duration) {
        if (s.sourceIn() == null || s.sourceOut() == null) {
            return true;
        }
        TimeCode implied = s.sourceIn().plus(OtioValues.scale(duration, s.speed()));
        if (implied.sameInstant(s.sourceOut())) {
            return true;
        }
        sourceOuts++;
        return false;
    }

    private void reference(String source) throws IOException {
        g.writeStartObject();
        if (source.startsWith("generator:")) {
            g.writeStringField("OTIO_SCHEMA", "GeneratorReference.1");
            g.writeStringField("generator_kind", source.substring("generator:".length()));
            g.writeObjectFieldStart("parameters");
            g.writeEndObject();
        } else if (!source.isEmpty()) {
            g.writeStringField("OTIO_SCHEMA", "ExternalReference.1");
            g.writeStringField("target_url", source);
        } else {
            g.writeStringField("OTIO_SCHEMA", "MissingReference.1");
        }
        g.writeObjectFieldStart("metadata");
        g.writeEndObject();
        g.writeStringField("name", "");
        g.writeNullField("available_range");
        g.writeEndObject();
    }

    private void report() {
        if (overlaps > 0) {
            losses.add(
                    Problem.warning(
                            label,
                            overlaps
                                    + " overlapping clips not written: a track holds one item at a"
                                    + " time"));
        }
        if (sourceOuts > 0) {
            losses.add(
                    Problem.info(
                            label,
                            sourceOuts
                                    + " source outs differ from clip length times speed; kept only"
                                    + " in SeqDesk metadata"));
        }
        if (noSource > 0) {
            losses.add(
                    Problem.info(label, noSource + " clips without source times written from 0"));
        }
    }
}

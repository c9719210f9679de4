package org.seqdesk.timeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Writes a SequenceDocument in VidiCore's JSON form: no root wrapper, every repeatable an array,
 * samples and numeric effect values as JSON numbers.
 */
public final class VidispineJsonWriter implements SequenceWriter {
    static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern JSON_NUMBER =
            Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    @Override
    public WriteResult write(Sequence sequence) {
        VidispinePlan plan = VidispinePlan.of(sequence);
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream(1024 + sequence.segmentCount() * 600);
        try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            if (!sequence.id().isEmpty()) {
                g.writeStringField("id", sequence.id());
            }
            g.writeArrayFieldStart("track");
            for (Track t : plan.tracks) {
                track(g, t);
            }
            g.writeEndArray();
            settings(g, sequence);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WriteResult(bytes.toByteArray(), plan.losses);
    }

    private static void settings(JsonGenerator g, Sequence sequence) throws IOException {
        var settings = VidispineAssembly.settings(sequence);
        if (settings.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("setting");
        for (String[] kv : settings) {
            g.writeStartObject();
            g.writeStringField("key", kv[0]);
            g.writeStringField("value", kv[1]);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void track(JsonGenerator g, Track t) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("audio", t.kind() == TrackKind.AUDIO);
        g.writeArrayFieldStart("segment");
        for (Segment s : t.segments()) {
            segment(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("transition");
        for (Transition tr : t.transitions()) {
            g.writeStartObject();
            time(g, "in", tr.in());
            time(g, "out", tr.out());
            if (tr.wipe() != null) {
                g.writeNumberField("wipe", tr.wipe());
            }
            g.writeStringField("transition", VidispinePlan.transitionName(tr));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void segment(JsonGenerator g, Segment s) throws IOException {
        g.writeStartObject();
        g.writeStringField("item", s.item());
        g.writeNumberField("sourceTrack", s.sourceTrack());
        time(g, "in", s.timelineIn());
        time(g, "out", s.timelineOut());
        if (s.sourceIn() != null) {
            time(g, "sourceIn", s.sourceIn());
        }
        if (s.sourceOut() != null) {
            time(g, "sourceOut", s.sourceOut());
        }
        g.writeArrayFieldStart("effect");
        for (Effect e : s.effects()) {
            effect(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void effect(JsonGenerator g, Effect e) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeArrayFieldStart("parameter");
        for (Effect.Parameter p : e.parameters()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            String v = p.value();
            if (v != null && JSON_NUMBER.matcher(v).matches()) {
                g.writeFieldName("value");
                g.writeNumber(v);
            } else if (v != null && !v.isEmpty()) {
                g.writeStringField("value", v);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void time(JsonGenerator g, String name, TimeCode t) throws IOException {
        if (t.isInfinite()) {
            g.writeStringField(name, t.toText());
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeNumberField("samples", t.samples());
        g.writeObjectFieldStart("timeBase");
        g.writeNumberField("numerator", t.base().numerator());
        g.writeNumberField("denominator", t.base().denominator());
        g.writeEndObject();
        g.writeEndObject();
    }
}

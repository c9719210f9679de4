package org.seqdesk.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Writes OpenTimelineIO's value types: RationalTime, TimeRange, Marker.2, effects. */
final class OtioJson {
    final JsonGenerator g;
    private final List<Problem> losses;
    private boolean inexactRateReported;

    OtioJson(JsonGenerator g, List<Problem> losses) {
        this.g = g;
        this.losses = losses;
    }

    /** A RationalTime: the sample count as the value, the base's rate as the rate. */
    void time(TimeCode t) throws IOException {
        if (t.isInfinite()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("OTIO_SCHEMA", "RationalTime.1");
        g.writeFieldName("rate");
        g.writeNumber(rate(t.base().rate()));
        g.writeFieldName("value");
        g.writeNumber(t.samples() + ".0");
        g.writeEndObject();
    }

    void range(TimeCode start, TimeCode duration) throws IOException {
        g.writeStartObject();
        g.writeStringField("OTIO_SCHEMA", "TimeRange.1");
        g.writeFieldName("duration");
        time(duration);
        g.writeFieldName("start_time");
        time(start);
        g.writeEndObject();
    }

    /**
     * A rate as OpenTimelineIO writes it, a float; NTSC rates (24000/1001 …) to 17 digits, which
     * {@link OtioValues#rate} reads back as the fraction.
     */
    String rate(Rational r) {
        if (r.isInteger()) {
            return r.numerator() + ".0";
        }
        BigDecimal exact = BigDecimal.valueOf(r.numerator());
        BigDecimal value = exact.divide(BigDecimal.valueOf(r.denominator()), MathContext.DECIMAL64);
        boolean ntsc = r.denominator() == 1001 && r.numerator() % 1000 == 0;
        if (!ntsc && !ExactTime.rational(value).equals(r) && !inexactRateReported) {
            inexactRateReported = true;
            losses.add(Problem.warning("", "rate " + r + " written as the decimal " + value));
        }
        return value.toPlainString();
    }

    void marker(Marker m) throws IOException {
        g.writeStartObject();
        g.writeStringField("OTIO_SCHEMA", "Marker.2");
        g.writeObjectFieldStart("metadata");
        g.writeEndObject();
        g.writeStringField("name", m.name());
        g.writeStringField("color", m.color().isEmpty() ? "RED" : m.color());
        g.writeStringField("comment", m.comment());
        g.writeFieldName("marked_range");
        range(m.position(), m.duration());
        g.writeEndObject();
    }

    /** A speed as a LinearTimeWarp, or a FreezeFrame for speed 0. */
    void speed(Rational speed, String where) throws IOException {
        g.writeStartObject();
        boolean freeze = speed.signum() == 0;
        g.writeStringField("OTIO_SCHEMA", freeze ? "FreezeFrame.1" : "LinearTimeWarp.1");
        g.writeObjectFieldStart("metadata");
        g.writeObjectFieldStart("seqdesk");
        g.writeStringField("speed", speed.toString());
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("name", "");
        g.writeStringField("effect_name", freeze ? "FreezeFrame" : "LinearTimeWarp");
        BigDecimal scalar =
                BigDecimal.valueOf(speed.numerator())
                        .divide(BigDecimal.valueOf(speed.denominator()), MathContext.DECIMAL64);
        if (!ExactTime.rational(scalar).equals(speed)) {
            // exact in metadata.seqdesk.speed; other tools see the decimal
            losses.add(Problem.info(where, "speed " + speed + " written as " + scalar));
        }
        g.writeFieldName("time_scalar");
        g.writeNumber(freeze ? "0.0" : scalar.toPlainString());
        g.writeEndObject();
    }

    /** Any other effect: its name, with its parameters under {@code metadata.seqdesk}. */
    void effect(Effect e) throws IOException {
        g.writeStartObject();
        g.writeStringField("OTIO_SCHEMA", "Effect.1");
        g.writeObjectFieldStart("metadata");
        g.writeObjectFieldStart("seqdesk");
        g.writeObjectFieldStart("parameters");
        for (Effect.Parameter p : e.parameters()) {
            g.writeStringField(p.name(), p.value());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("name", e.name());
        g.writeStringField("effect_name", e.name());
        g.writeEndObject();
    }
}

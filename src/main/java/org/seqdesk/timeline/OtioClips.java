package org.seqdesk.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads an OpenTimelineIO clip: its media reference, source range, speed effects and markers. */
final class OtioClips {
    private final OtioValues values;
    private final List<Problem> problems;

    OtioClips(OtioValues values, List<Problem> problems) {
        this.values = values;
        this.problems = problems;
    }

    /** The active media reference of a Clip.1 or Clip.2, or null. */
    static JsonNode reference(JsonNode clip) {
        JsonNode refs = clip.get("media_references");
        if (refs != null && refs.isObject()) {
            String key = OtioValues.text(clip, "active_media_reference_key");
            JsonNode ref = refs.get(key.isEmpty() ? "DEFAULT_MEDIA" : key);
            return ref == null || ref.isNull() ? null : ref;
        }
        JsonNode ref = clip.get("media_reference");
        return ref == null || ref.isNull() ? null : ref;
    }

    /**
     * The segment for the visible part of a clip, which starts {@code offset} into the clip, or
     * null when it has no usable source range.
     */
    Segment segment(
            JsonNode clip,
            TimeCode tlIn,
            TimeCode tlOut,
            TimeCode offset,
            Rational parentSpeed,
            String path) {
        JsonNode ref = reference(clip);
        Rational speed = speed(clip, path).times(parentSpeed);
        TimeCode[] source = sourceTimes(clip, ref, tlOut.minus(tlIn), offset, speed, path);
        JsonNode ours = clip.path("metadata").path("seqdesk");
        String name = OtioValues.text(clip, "name");
        boolean enabled = !clip.has("enabled") || clip.get("enabled").asBoolean(true);
        return new Segment(
                item(clip, ours, ref, name),
                name,
                ours.path("sourceTrack").asInt(1),
                tlIn,
                tlOut,
                source[0],
                source[1],
                speed,
                effects(clip),
                source(clip, ref),
                enabled);
    }

    /** Source in and out (both null without a usable range), exact at the range's base. */
    private TimeCode[] sourceTimes(
            JsonNode clip,
            JsonNode ref,
            TimeCode length,
            TimeCode offset,
            Rational speed,
            String path) {
        TimeCode[] sr = values.range(clip.get("source_range"), path + ".source_range");
        if (sr == null && ref != null) {
            sr =
                    values.range(
                            ref.get("available_range"), path + ".media_reference.available_range");
        }
        if (sr == null) {
            return new TimeCode[2];
        }
        TimeBase base = sr[0].base();
        TimeCode in = OtioLayout.prefer(sr[0].plus(OtioValues.scale(offset, speed)), base);
        TimeCode out = OtioLayout.prefer(in.plus(OtioValues.scale(length, speed)), base);
        JsonNode ours = clip.path("metadata").path("seqdesk");
        if (ours.hasNonNull("sourceOut") && offset.signum() == 0) {
            // written by SeqDesk when the source out is not length × speed
            out = TimeCode.parse(ours.get("sourceOut").asText());
        }
        return new TimeCode[] {in, out};
    }

    private static String source(JsonNode clip, JsonNode ref) {
        String source = ref == null ? "" : OtioValues.text(ref, "target_url");
        if (ref != null && OtioValues.kind(ref).equals("GeneratorReference")) {
            source = "generator:" + OtioValues.text(ref, "generator_kind");
        }
        return source.isEmpty() ? cmxSourceFile(clip) : source;
    }

    private static String item(JsonNode clip, JsonNode ours, JsonNode ref, String name) {
        if (ours.hasNonNull("item")) {
            return ours.get("item").asText();
        }
        String reel = clip.path("metadata").path("cmx_3600").path("reel").asText("");
        if (!reel.isEmpty()) {
            return reel;
        }
        String url = ref == null ? "" : OtioValues.text(ref, "target_url");
        return url.isEmpty() ? name : url.substring(url.lastIndexOf('/') + 1);
    }

    private static String cmxSourceFile(JsonNode clip) {
        for (JsonNode c : clip.path("metadata").path("cmx_3600").path("comments")) {
            String text = c.asText();
            if (text.startsWith("SOURCE FILE:")) {
                return text.substring("SOURCE FILE:".length()).strip();
            }
        }
        return "";
    }

    /** The product of the item's time effects: LinearTimeWarp scales, FreezeFrame stops. */
    Rational speed(JsonNode item, String path) {
        Rational speed = Rational.ONE;
        JsonNode effects = item.get("effects");
        if (effects == null || !effects.isArray()) {
            return speed;
        }
        for (int i = 0; i < effects.size(); i++) {
            JsonNode e = effects.get(i);
            String kind = OtioValues.kind(e);
            if (kind.equals("FreezeFrame")) {
                speed = Rational.ZERO;
            } else if (kind.equals("LinearTimeWarp")
                    && e.path("metadata").path("seqdesk").has("speed")) {
                speed =
                        speed.times(
                                Rational.parse(
                                        e.path("metadata").path("seqdesk").path("speed").asText()));
            } else if (kind.equals("LinearTimeWarp")) {
                BigDecimal scalar =
                        values.decimal(
                                e.get("time_scalar"), path + ".effects[" + i + "].time_scalar");
                if (scalar != null) {
                    speed = speed.times(exactOrRounded(scalar, path));
                }
            }
        }
        return speed;
    }

    /**
     * A time scalar: exact when it has few decimals; else the simple fraction a double was rounded
     * from (0.8545454551724138 is 47/55), reported.
     */
    private Rational exactOrRounded(BigDecimal scalar, String path) {
        if (scalar.stripTrailingZeros().scale() <= 6) {
            return ExactTime.rational(scalar);
        }
        Rational simple = ExactTime.simplest(scalar, new BigDecimal("1e-9"), 100_000);
        Rational r =
                simple != null
                        ? simple
                        : ExactTime.rational(scalar.round(new java.math.MathContext(9)));
        problems.add(Problem.info(path, "time scalar " + scalar.toPlainString() + " read as " + r));
        return r;
    }

    private static List<Effect> effects(JsonNode clip) {
        List<Effect> list = new ArrayList<>();
        for (JsonNode e : clip.path("effects")) {
            String kind = OtioValues.kind(e);
            if (kind.equals("FreezeFrame") || kind.equals("LinearTimeWarp")) {
                continue;
            }
            String name = OtioValues.text(e, "effect_name");
            List<Effect.Parameter> params = new ArrayList<>();
            JsonNode p = e.path("metadata").path("seqdesk").path("parameters");
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                params.add(new Effect.Parameter(f.getKey(), f.getValue().asText()));
            }
            list.add(new Effect(name.isEmpty() ? OtioValues.text(e, "name") : name, params));
        }
        return list;
    }

    /** The clip's markers on the timeline: their ranges count in the clip's source time. */
    List<Marker> markers(JsonNode clip, Segment s, String path) {
        List<Marker> list = new ArrayList<>();
        JsonNode markers = clip.get("markers");
        if (markers == null || !markers.isArray() || s.sourceIn() == null) {
            return list;
        }
        for (int i = 0; i < markers.size(); i++) {
            String at = path + ".markers[" + i + "]";
            Marker m = marker(markers.get(i), at);
            if (m == null) {
                continue;
            }
            TimeCode position =
                    OtioLayout.prefer(
                            s.timelineIn().plus(m.position().minus(s.sourceIn())), s.rate());
            if (position.compareTo(s.timelineIn()) < 0 || position.compareTo(s.timelineOut()) > 0) {
                problems.add(Problem.warning(at, "marker lies outside its clip"));
            }
            list.add(new Marker(m.name(), m.comment(), position, m.duration(), m.color()));
        }
        return list;
    }

    /** A marker with its position as written (in its parent's time). */
    Marker marker(JsonNode m, String path) {
        TimeCode[] range = values.range(m.get("marked_range"), path + ".marked_range");
        if (range == null) {
            problems.add(Problem.error(path, "marker without a range skipped"));
            return null;
        }
        JsonNode color = m.get("color");
        String colorName =
                color == null || color.isNull()
                        ? ""
                        : color.isObject() ? OtioValues.text(color, "name") : color.asText();
        return new Marker(
                OtioValues.text(m, "name"),
                OtioValues.text(m, "comment"),
                range[0],
                range[1],
                colorName);
    }
}

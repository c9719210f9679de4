package org.seqdesk.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the small value types of a SequenceDocument from JSON, noting problems. */
final class VidispineJsonValues {
    private final List<Problem> problems;
    private final VidispineXmlValues text;

    VidispineJsonValues(List<Problem> problems) {
        this.problems = problems;
        this.text = new VidispineXmlValues(problems);
    }

    /** A TimeCodeType object or its text form; null when absent or unreadable. */
    TimeCode time(JsonNode parent, String key, String path) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            try {
                return TimeCode.parse(n.asText());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(path, "not a time code: '" + n.asText() + "'"));
                return null;
            }
        }
        String samples = JsonInput.text(n, "samples");
        if (samples == null) {
            problems.add(Problem.error(path, "time code has no samples"));
            return null;
        }
        TimeBase base = timeBase(n.get("timeBase"), path + "/timeBase");
        if (base == null) {
            return null;
        }
        return text.samplesAt(samples, base, path + "/samples");
    }

    private TimeBase timeBase(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            problems.add(Problem.warning(path, "time code has no timeBase; seconds assumed"));
            return TimeBase.SECONDS;
        }
        JsonNode num = n.get("numerator");
        JsonNode den = n.get("denominator");
        if (num == null || den == null || !num.canConvertToLong() || !den.canConvertToLong()) {
            if (num != null && den != null && num.isTextual() && den.isTextual()) {
                return fromText(num.asText(), den.asText(), path);
            }
            problems.add(Problem.error(path, "time base needs a numerator and a denominator"));
            return null;
        }
        return fromText(num.asText(), den.asText(), path);
    }

    private TimeBase fromText(String num, String den, String path) {
        try {
            return new TimeBase(Long.parseLong(num.trim()), Long.parseLong(den.trim()));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(path, "time base needs positive whole numbers"));
            return null;
        }
    }

    Integer integer(JsonNode parent, String key, String path) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        try {
            return Integer.parseInt(n.asText().trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.error(path, "not a whole number: '" + n.asText() + "'"));
            return null;
        }
    }

    boolean bool(JsonNode parent, String key, String path) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        String t = n.asText();
        if (!t.equals("true") && !t.equals("false")) {
            problems.add(Problem.warning(path, "not a boolean: '" + t + "'; false assumed"));
        }
        return t.equals("true");
    }

    Effect effect(JsonNode e, String path) {
        List<Effect.Parameter> params = new ArrayList<>();
        int points = 0;
        for (JsonNode p : JsonInput.list(e, "parameter")) {
            String value = JsonInput.text(p, "value");
            params.add(new Effect.Parameter(JsonInput.text(p, "name"), value == null ? "" : value));
            points += JsonInput.list(p, "point").size();
        }
        if (points > 0) {
            // TODO(#4): keep keyframes; the model's Effect.Parameter holds one constant value
            problems.add(Problem.warning(path, points + " effect keyframes not kept"));
        }
        String name = JsonInput.text(e, "name");
        return new Effect(name == null ? "" : name, params);
    }
}

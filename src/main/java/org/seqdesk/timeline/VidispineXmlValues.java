package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Reads the small value types of a SequenceDocument from XML elements, noting problems. */
final class VidispineXmlValues {
    private final List<Problem> problems;

    VidispineXmlValues(List<Problem> problems) {
        this.problems = problems;
    }

    /** 0 to 3 for {@code in, out, sourceIn, sourceOut}; -1 for any other name. */
    static int timeSlot(String name) {
        switch (name) {
            case "in":
                return 0;
            case "out":
                return 1;
            case "sourceIn":
                return 2;
            case "sourceOut":
                return 3;
            default:
                return -1;
        }
    }

    /** A TimeCodeType element, or its text form; null (with an error) when unreadable. */
    TimeCode time(Element e, String path) {
        List<Element> kids = VidispineXmlReader.children(e);
        if (kids.isEmpty()) {
            return textTime(e.getTextContent().trim(), path);
        }
        String samples = null;
        TimeBase base = null;
        for (Element k : kids) {
            String n = VidispineXmlReader.name(k);
            if (n.equals("samples")) {
                samples = k.getTextContent().trim();
            } else if (n.equals("timeBase")) {
                base = timeBase(k, path + "/timeBase");
            } else {
                problems.add(Problem.info(path + "/" + n, "element not kept: " + n));
            }
        }
        if (samples == null) {
            problems.add(Problem.error(path, "time code has no samples"));
            return null;
        }
        if (base == null) {
            problems.add(Problem.warning(path, "time code has no timeBase; seconds assumed"));
            base = TimeBase.SECONDS;
        }
        return samplesAt(samples, base, path + "/samples");
    }

    private TimeCode textTime(String text, String path) {
        try {
            return TimeCode.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(path, "not a time code: '" + clip(text) + "'"));
            return null;
        }
    }

    /** Whole or decimal samples at {@code base}; a decimal moves to a finer base exactly. */
    TimeCode samplesAt(String text, TimeBase base, String path) {
        try {
            if (text.indexOf('.') < 0) {
                return TimeCode.of(Long.parseLong(text), base);
            }
            TimeCode t = ExactTime.of(ExactTime.rational(new java.math.BigDecimal(text)), base);
            problems.add(
                    Problem.info(path, "samples " + text + " not whole; kept as " + t.toText()));
            return t;
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(Problem.error(path, "not a sample count: '" + clip(text) + "'"));
            return null;
        }
    }

    private TimeBase timeBase(Element e, String path) {
        Long num = null;
        Long den = null;
        for (Element k : VidispineXmlReader.children(e)) {
            String n = VidispineXmlReader.name(k);
            if (n.equals("numerator")) {
                num = number(k.getTextContent().trim());
            } else if (n.equals("denominator")) {
                den = number(k.getTextContent().trim());
            }
        }
        if (num == null || den == null || num <= 0 || den <= 0) {
            problems.add(
                    Problem.error(path, "time base needs a positive numerator and denominator"));
            return null;
        }
        return new TimeBase(num, den);
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Integer integer(Element e, String path) {
        String text = e.getTextContent().trim();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException ex) {
            problems.add(Problem.error(path, "not a whole number: '" + clip(text) + "'"));
            return null;
        }
    }

    boolean bool(Element e, String path) {
        String text = e.getTextContent().trim();
        if (text.equals("true") || text.equals("1")) {
            return true;
        }
        if (!text.equals("false") && !text.equals("0")) {
            problems.add(
                    Problem.warning(path, "not a boolean: '" + clip(text) + "'; false assumed"));
        }
        return false;
    }

    Effect effect(Element e, String path) {
        List<Effect.Parameter> params = new ArrayList<>();
        int points = 0;
        for (Element p : VidispineXmlReader.children(e)) {
            if (VidispineXmlReader.name(p).equals("parameter")) {
                params.add(new Effect.Parameter(p.getAttribute("name"), p.getAttribute("value")));
                points += VidispineXmlReader.children(p).size();
            }
        }
        if (points > 0) {
            // TODO(#4): keep keyframes; the model's Effect.Parameter holds one constant value
            problems.add(Problem.warning(path, points + " effect keyframes not kept"));
        }
        return new Effect(e.getAttribute("name"), params);
    }

    String[] keyValue(Element e) {
        String key = "";
        String value = "";
        for (Element k : VidispineXmlReader.children(e)) {
            String n = VidispineXmlReader.name(k);
            if (n.equals("key")) {
                key = k.getTextContent().trim();
            } else if (n.equals("value")) {
                value = k.getTextContent();
            }
        }
        return new String[] {key, value};
    }

    static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

package org.seqdesk.timeline;

import static org.seqdesk.timeline.InterchangeXml.child;
import static org.seqdesk.timeline.InterchangeXml.children;
import static org.seqdesk.timeline.InterchangeXml.text;

import java.util.List;
import org.w3c.dom.Element;

/**
 * The speed a clip item's Time Remap filter gives: {@code speed} in percent (100 is normal), and
 * {@code reverse}. Hiero writes the speed as a fraction ({@code 0.25}); a value under 1 % is read
 * that way, since no editor plays a clip at a hundredth of its speed, and reported.
 *
 * <p>TODO(#4): variable speed (the {@code graphdict} keyframes) is reported, not kept: a segment
 * has one constant speed.
 */
final class XmemlSpeed {
    private XmemlSpeed() {}

    static boolean isTimeRemap(Element effect) {
        return "timeremap".equalsIgnoreCase(String.valueOf(text(effect, "effectid")))
                || "Time Remap".equalsIgnoreCase(String.valueOf(text(effect, "name")));
    }

    /** The clip's speed, 1 when it has no Time Remap. */
    static Rational of(Element clip, String path, List<Problem> problems) {
        for (Element filter : children(clip, "filter")) {
            Element effect = child(filter, "effect");
            if (effect != null && isTimeRemap(effect)) {
                return fromEffect(effect, path + "/filter/effect", problems);
            }
        }
        return Rational.ONE;
    }

    private static Rational fromEffect(Element effect, String path, List<Problem> problems) {
        Rational speed = Rational.ONE;
        boolean reverse = false;
        for (Element p : children(effect, "parameter")) {
            String id = String.valueOf(text(p, "parameterid"));
            String value = text(p, "value");
            if (value == null) {
                continue;
            }
            switch (id) {
                case "speed":
                    speed = percent(value, path, problems);
                    break;
                case "reverse":
                    reverse = XmemlContext.isTrue(value);
                    break;
                case "variablespeed":
                    if (!value.equals("0") && !value.equalsIgnoreCase("FALSE")) {
                        problems.add(
                                Problem.warning(
                                        path,
                                        "variable speed (a speed ramp) is not kept; the constant"
                                                + " speed is used"));
                    }
                    break;
                default:
                    break;
            }
        }
        return reverse ? speed.negate() : speed;
    }

    private static Rational percent(String value, String path, List<Problem> problems) {
        Rational v;
        try {
            v = Rational.parse(value);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(Problem.warning(path, "speed is not a number: " + value));
            return Rational.ONE;
        }
        if (v.signum() != 0 && v.abs().compareTo(Rational.ONE) < 0) {
            problems.add(
                    Problem.warning(
                            path,
                            "speed "
                                    + value
                                    + " read as a fraction ("
                                    + v
                                    + " of normal speed), not as "
                                    + value
                                    + " %"));
            return v.abs();
        }
        return v.abs().dividedBy(Rational.of(100));
    }
}

package org.seqdesk.timeline;

import static org.seqdesk.timeline.InterchangeXml.attr;
import static org.seqdesk.timeline.InterchangeXml.child;
import static org.seqdesk.timeline.InterchangeXml.children;

import java.util.List;
import org.w3c.dom.Element;

/**
 * A clip's speed: a {@code timeMap} (local time to source time) or a {@code conform-rate} that
 * plays media of another rate frame for frame (25p in a 24p sequence runs at 24/25). A map that is
 * not one straight line is a speed ramp; it is reported and its overall rate used.
 */
final class FcpxSpeed {
    private final Rational rate;
    private final Rational fromTime;
    private final Rational fromValue;

    private FcpxSpeed(Rational rate, Rational fromTime, Rational fromValue) {
        this.rate = rate;
        this.fromTime = fromTime;
        this.fromValue = fromValue;
    }

    private static FcpxSpeed constant(Rational rate) {
        return new FcpxSpeed(rate, null, null);
    }

    static FcpxSpeed of(Element clip, FcpxContext ctx, String path) {
        Element timeMap = child(clip, "timeMap");
        if (timeMap != null) {
            FcpxSpeed mapped = fromTimeMap(timeMap, ctx, path + "/timeMap");
            if (mapped != null) {
                return mapped;
            }
        }
        Element conform = child(clip, "conform-rate");
        if (conform == null || "0".equals(conform.getAttribute("scaleEnabled"))) {
            return constant(Rational.ONE);
        }
        String src = attr(conform, "srcFrameRate");
        if (src == null) {
            return constant(Rational.ONE);
        }
        Rational srcFps = FcpxTime.nominalFps(src);
        return constant(ctx.fps.dividedBy(srcFps));
    }

    private static FcpxSpeed fromTimeMap(Element timeMap, FcpxContext ctx, String path) {
        List<Element> points = children(timeMap, "timept");
        if (points.isEmpty()) {
            return null;
        }
        Rational t0 = ctx.time(points.get(0), "time", Rational.ZERO, path);
        Rational v0 = ctx.time(points.get(0), "value", Rational.ZERO, path);
        if (points.size() == 1) {
            return new FcpxSpeed(Rational.ZERO, t0, v0);
        }
        Element last = points.get(points.size() - 1);
        Rational t1 = ctx.time(last, "time", Rational.ZERO, path);
        Rational v1 = ctx.time(last, "value", Rational.ZERO, path);
        if (t1.equals(t0)) {
            return new FcpxSpeed(Rational.ZERO, t0, v0);
        }
        Rational overall = v1.minus(v0).dividedBy(t1.minus(t0));
        if (isRamp(points, overall, t0, v0, ctx, path)) {
            ctx.problems.add(
                    Problem.warning(
                            path,
                            "speed ramp: the time map is not one constant speed; its overall"
                                    + " rate "
                                    + overall
                                    + " is used"));
        }
        return new FcpxSpeed(overall, t0, v0);
    }

    private static boolean isRamp(
            List<Element> points,
            Rational overall,
            Rational t0,
            Rational v0,
            FcpxContext ctx,
            String path) {
        for (int i = 0; i < points.size(); i++) {
            Element p = points.get(i);
            String interp = p.getAttribute("interp");
            if (i < points.size() - 1 && !interp.isEmpty() && !interp.equals("linear")) {
                return true;
            }
            Rational t = ctx.time(p, "time", Rational.ZERO, path);
            Rational v = ctx.time(p, "value", Rational.ZERO, path);
            if (!v0.plus(t.minus(t0).times(overall)).equals(v)) {
                return true;
            }
        }
        return false;
    }

    /** Source seconds per timeline second: 1 normal, 1/2 slow, negative reverse. */
    Rational rate() {
        return rate;
    }

    /**
     * How far along the timeline a stretch of the clip's local time lies. A time map's local time
     * is timeline time already; a conformed clip's local time is its media's time.
     */
    Rational localToTimeline(Rational localDelta) {
        return fromTime != null || rate.signum() == 0 ? localDelta : localDelta.dividedBy(rate);
    }

    /** The source time shown at local time {@code t}. */
    Rational map(Rational t) {
        return fromTime == null ? t : fromValue.plus(t.minus(fromTime).times(rate));
    }
}

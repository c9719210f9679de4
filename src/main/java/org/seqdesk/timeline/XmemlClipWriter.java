package org.seqdesk.timeline;

import java.math.BigDecimal;

/** Writes one segment as a {@code clipitem}, or a {@code generatoritem} for a generator. */
final class XmemlClipWriter {
    private static final Rational HUNDRED = Rational.of(100);

    private final XmemlOut out;
    private final Segment s;
    private final String where;
    private final TrackKind kind;

    XmemlClipWriter(XmemlOut out, Segment s, String where, TrackKind kind) {
        this.out = out;
        this.s = s;
        this.where = where;
        this.kind = kind;
    }

    /**
     * Writes the clip; when it runs {@code into} a transition at its end or {@code from} one at its
     * start, that edge is written as -1 and its source range reaches through the transition.
     */
    void write(int id, Transition into, Transition from) {
        boolean generator = s.item().isEmpty() && !s.effects().isEmpty();
        String tag = generator ? "generatoritem" : "clipitem";
        StringBuilder b = out.b;
        b.append('<').append(tag).append(" id=\"").append(tag).append('-').append(id);
        b.append("\">");
        out.element("name", s.name().isEmpty() ? s.item() : s.name());
        out.element("enabled", s.enabled() ? "TRUE" : "FALSE");
        FrameRate clipRate = clipRate();
        TimeBase clipBase = clipRate.timeBase();
        long in = sourceFrames(s.sourceIn(), clipBase, 0);
        long start = out.frames(s.timelineIn(), where);
        long end = out.frames(s.timelineOut(), where);
        long out0 = sourceFrames(s.sourceOut(), clipBase, in + defaultLength(end - start));
        Long fromFrames = from == null ? null : through(start - from.in().samples(), clipBase);
        Long intoFrames = into == null ? null : through(into.out().samples() - end, clipBase);
        if (fromFrames != null) {
            in -= fromFrames;
        }
        if (intoFrames != null) {
            out0 += intoFrames;
        }
        out.element("duration", Long.toString(Math.abs(out0 - in)));
        out.rate(clipRate);
        out.element("start", fromFrames != null ? "-1" : Long.toString(start));
        out.element("end", intoFrames != null ? "-1" : Long.toString(end));
        out.element("in", Long.toString(in));
        out.element("out", Long.toString(out0));
        if (generator) {
            writeGeneratorEffect();
        } else {
            writeFile(clipRate);
            writeSourceTrack();
            reportEffects();
        }
        writeSpeed();
        b.append("</").append(tag).append(">\n");
    }

    /**
     * The source's own rate when its times count frames of a rate FCP can name (a whole timebase,
     * with or without NTSC); otherwise the sequence rate.
     */
    private FrameRate clipRate() {
        TimeCode in = s.sourceIn();
        if (in == null || in.isInfinite()) {
            return out.rate();
        }
        Rational fps = in.base().rate();
        boolean whole = fps.isInteger() && fps.numerator() <= 120;
        boolean ntsc = fps.denominator() == 1001 && fps.numerator() % 1000 == 0;
        if (whole || ntsc) {
            return new FrameRate(fps, false);
        }
        return out.rate();
    }

    private long sourceFrames(TimeCode time, TimeBase clipBase, long fallback) {
        if (time == null || time.isInfinite()) {
            return fallback;
        }
        return out.framesIn(time, clipBase, where + " source");
    }

    /**
     * Source frames the clip shows over {@code timelineFrames} of transition, or null when they are
     * not whole (the edge is then written explicitly, which FCP 7 reads the same way).
     */
    private Long through(long timelineFrames, TimeBase clipBase) {
        Rational source =
                out.base()
                        .seconds()
                        .times(timelineFrames)
                        .times(s.speed().abs())
                        .dividedBy(clipBase.seconds());
        return source.isInteger() && timelineFrames >= 0 ? source.numerator() : null;
    }

    private long defaultLength(long timelineFrames) {
        return s.speed().abs().times(timelineFrames).round();
    }

    private void writeFile(FrameRate clipRate) {
        if (s.item().isEmpty()) {
            out.losses.add(Problem.info(where, "clip without an item is written without a file"));
            return;
        }
        StringBuilder b = out.b;
        b.append("<file id=\"");
        InterchangeXml.escape(b, s.item());
        if (!out.firstUseOfFile(s.item())) {
            b.append("\"/>");
            return;
        }
        b.append("\">");
        out.element("name", s.item());
        if (!s.source().isEmpty()) {
            out.element("pathurl", s.source());
        }
        out.rate(clipRate);
        b.append("<media><").append(kind == TrackKind.AUDIO ? "audio" : "video");
        b.append("/></media></file>");
    }

    private void writeSourceTrack() {
        String media = kind == TrackKind.AUDIO ? "audio" : "video";
        out.b.append("<sourcetrack>");
        out.element("mediatype", media);
        out.element("trackindex", Integer.toString(s.sourceTrack()));
        out.b.append("</sourcetrack>");
    }

    private void writeGeneratorEffect() {
        Effect effect = s.effects().get(0);
        out.b.append("<effect>");
        out.element("name", effect.name());
        out.element("effectid", effect.name());
        out.element("effecttype", "generator");
        out.element("mediatype", kind == TrackKind.AUDIO ? "audio" : "video");
        out.b.append("</effect>");
        for (int i = 1; i < s.effects().size(); i++) {
            lose(s.effects().get(i));
        }
    }

    private void reportEffects() {
        for (Effect e : s.effects()) {
            lose(e);
        }
    }

    private void lose(Effect e) {
        out.losses.add(
                Problem.warning(
                        where, "effect " + e.name() + " is not written: FCP 7 XML has no match"));
    }

    private void writeSpeed() {
        Rational speed = s.speed();
        if (speed.equals(Rational.ONE)) {
            return;
        }
        Rational percent = speed.abs().times(HUNDRED);
        String text = decimal(percent);
        if (speed.signum() != 0 && percent.compareTo(Rational.ONE) < 0) {
            out.losses.add(Problem.warning(where, "speed " + speed + " is below 1 %; not held"));
        }
        StringBuilder b = out.b;
        b.append("<filter><effect>");
        out.element("name", "Time Remap");
        out.element("effectid", "timeremap");
        out.element("effectcategory", "motion");
        out.element("effecttype", "motion");
        out.element("mediatype", "video");
        parameter("variablespeed", "0");
        parameter("speed", text);
        parameter("reverse", speed.signum() < 0 ? "TRUE" : "FALSE");
        b.append("</effect></filter>");
    }

    private void parameter(String id, String value) {
        out.b.append("<parameter>");
        out.element("parameterid", id);
        out.element("name", id);
        out.element("value", value);
        out.b.append("</parameter>");
    }

    /** The percentage as a decimal; reported when it does not end within six places. */
    private String decimal(Rational percent) {
        BigDecimal n = BigDecimal.valueOf(percent.numerator());
        BigDecimal d = BigDecimal.valueOf(percent.denominator());
        try {
            return n.divide(d).stripTrailingZeros().toPlainString();
        } catch (ArithmeticException repeating) {
            out.losses.add(
                    Problem.warning(
                            where,
                            "speed "
                                    + s.speed()
                                    + " has no exact decimal percentage; written to six places"));
            return n.divide(d, 6, java.math.RoundingMode.HALF_EVEN).toPlainString();
        }
    }
}

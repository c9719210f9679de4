package org.seqdesk.timeline;

import java.util.List;

/** Writes single FCPXML story elements, markers and transitions for {@link FcpxSpineBuilder}. */
final class FcpxClipWriter {
    private final FcpxResources resources;
    private final List<Problem> losses;

    FcpxClipWriter(FcpxResources resources, List<Problem> losses) {
        this.resources = resources;
        this.losses = losses;
    }

    /** The clip's local time at its first frame: its source in, or 0 under a time map. */
    Rational localStart(Segment s) {
        return needsTimeMap(s) ? Rational.ZERO : sourceIn(s);
    }

    private static Rational sourceIn(Segment s) {
        TimeCode in = s.sourceIn();
        return in == null || in.isInfinite() ? Rational.ZERO : in.seconds();
    }

    private static Rational duration(Segment s) {
        return s.timelineOut().seconds().minus(s.timelineIn().seconds());
    }

    /** The source seconds per timeline second the segment's ranges imply. */
    private static Rational effectiveRate(Segment s) {
        Rational d = duration(s);
        TimeCode out = s.sourceOut();
        if (d.signum() == 0 || out == null || out.isInfinite() || s.sourceIn() == null) {
            return s.speed();
        }
        Rational rate = out.seconds().minus(sourceIn(s)).dividedBy(d);
        // a reverse clip keeps an ascending source range, as FCP 7 does; its map runs backwards
        return s.speed().signum() < 0 && rate.signum() > 0 ? rate.negate() : rate;
    }

    /** The source time at the clip's first frame: its source out when it plays backwards. */
    private static Rational mapStart(Segment s, Rational rate) {
        if (rate.signum() >= 0) {
            return sourceIn(s);
        }
        Rational out = s.sourceOut().seconds();
        return out.compareTo(sourceIn(s)) > 0 ? out : sourceIn(s);
    }

    private static boolean needsTimeMap(Segment s) {
        return !effectiveRate(s).equals(Rational.ONE);
    }

    /**
     * Writes the element's opening tag and own content at {@code offset} in its parent's local
     * time; a connected clip ({@code lane} not 0) is closed too. Returns the closing tag.
     */
    String open(
            StringBuilder b, Segment s, TrackKind kind, int lane, Rational offset, String label) {
        String where = label + " " + s.item() + " at " + s.timelineIn().toText();
        boolean generator = s.item().isEmpty() && !s.effects().isEmpty();
        String tag = generator ? "video" : s.item().isEmpty() ? "gap" : "asset-clip";
        String ref = reference(s, kind, generator, where);
        b.append('<').append(tag);
        if (ref != null) {
            b.append(" ref=\"").append(ref).append('"');
        }
        if (lane != 0) {
            b.append(" lane=\"").append(lane).append('"');
        }
        b.append(" name=\"");
        InterchangeXml.escape(b, s.name().isEmpty() ? s.item() : s.name());
        b.append("\" offset=\"").append(FcpxTime.format(offset));
        b.append("\" duration=\"").append(FcpxTime.format(duration(s)));
        b.append("\" start=\"").append(FcpxTime.format(localStart(s))).append('"');
        if (tag.equals("asset-clip") && kind == TrackKind.AUDIO) {
            b.append(" srcEnable=\"audio\"");
        } else if (tag.equals("asset-clip") && lane > 0) {
            b.append(" srcEnable=\"video\"");
        }
        if (!s.enabled()) {
            b.append(" enabled=\"0\"");
        }
        b.append(">\n");
        content(b, s, kind, where, generator);
        String close = "</" + tag + ">\n";
        if (lane != 0) {
            b.append(close);
        }
        return close;
    }

    /** The resource id the element refers to; none for a segment without an item. */
    private String reference(Segment s, TrackKind kind, boolean generator, String where) {
        if (generator) {
            return resources.effect(s.effects().get(0).name(), s.effects().get(0).name());
        }
        if (s.item().isEmpty()) {
            losses.add(Problem.warning(where, "a segment without an item is written as a gap"));
            return null;
        }
        return resources.asset(s, kind).id;
    }

    private void content(
            StringBuilder b, Segment s, TrackKind kind, String where, boolean generator) {
        Rational rate = effectiveRate(s);
        if (!rate.equals(s.speed())) {
            losses.add(
                    Problem.warning(
                            where,
                            "speed "
                                    + s.speed()
                                    + " disagrees with the source range; FCPXML keeps the"
                                    + " range, which plays at "
                                    + rate));
        }
        if (needsTimeMap(s)) {
            Rational in = mapStart(s, rate);
            b.append("<timeMap>\n<timept time=\"0s\" value=\"").append(FcpxTime.format(in));
            b.append("\" interp=\"linear\"/>\n<timept time=\"");
            b.append(FcpxTime.format(duration(s))).append("\" value=\"");
            b.append(FcpxTime.format(in.plus(duration(s).times(rate))));
            b.append("\" interp=\"linear\"/>\n</timeMap>\n");
        }
        if (kind == TrackKind.AUDIO && s.sourceTrack() != 1 && !generator) {
            b.append("<audio-channel-source srcCh=\"").append(s.sourceTrack()).append("\"/>\n");
        }
        for (int i = generator ? 1 : 0; i < s.effects().size(); i++) {
            losses.add(
                    Problem.warning(
                            where,
                            "effect " + s.effects().get(i).name() + " is not written to FCPXML"));
        }
    }

    void transition(StringBuilder b, Transition t, Rational offset) {
        String name = t.name().isEmpty() ? "Cross Dissolve" : t.name();
        String ref = resources.effect(name, FinalCutXWriter.CROSS_DISSOLVE_UID);
        b.append("<transition name=\"");
        InterchangeXml.escape(b, name);
        b.append("\" offset=\"").append(FcpxTime.format(offset));
        b.append("\" duration=\"").append(FcpxTime.format(t.duration().seconds()));
        b.append("\">\n<filter-video ref=\"").append(ref).append("\" name=\"");
        InterchangeXml.escape(b, name);
        b.append("\"/>\n</transition>\n");
        if (t.isWipe()) {
            losses.add(
                    Problem.warning(
                            "transition at " + t.in().toText(),
                            "SMPTE wipe " + t.wipe() + " is written as a dissolve"));
        }
    }

    void marker(StringBuilder b, Marker m, Rational start) {
        boolean chapter = m.color().equals("orange");
        b.append(chapter ? "<chapter-marker" : "<marker");
        b.append(" start=\"").append(FcpxTime.format(start));
        b.append("\" duration=\"").append(FcpxTime.format(m.duration().seconds()));
        b.append("\" value=\"");
        InterchangeXml.escape(b, m.name());
        b.append('"');
        if (!m.comment().isEmpty()) {
            b.append(" note=\"");
            InterchangeXml.escape(b, m.comment());
            b.append('"');
        }
        if (m.color().equals("red") || m.color().equals("green")) {
            b.append(" completed=\"").append(m.color().equals("green") ? 1 : 0).append('"');
        }
        b.append("/>\n");
    }
}

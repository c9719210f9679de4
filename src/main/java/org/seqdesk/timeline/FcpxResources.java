package org.seqdesk.timeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code <resources>} an FCPXML file needs: formats, assets and effects, each given an id. */
final class FcpxResources {
    /** Everything known about one asset, gathered from the segments that use it. */
    static final class Asset {
        final String id;
        final String name;
        final String src;
        final String formatId;
        final TimeBase base;
        boolean video;
        boolean audio;
        Rational end = Rational.ZERO;

        Asset(String id, String name, String src, String formatId, TimeBase base) {
            this.id = id;
            this.name = name;
            this.src = src;
            this.formatId = formatId;
            this.base = base;
        }
    }

    private final Map<TimeBase, String> formats = new LinkedHashMap<>();
    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final Map<String, String> effects = new LinkedHashMap<>();
    private final Map<String, String> effectUids = new HashMap<>();
    private int next = 1;

    /** The id of the format whose frames last one sample of {@code base}. */
    String format(TimeBase base) {
        return formats.computeIfAbsent(base, b -> "r" + next++);
    }

    Asset asset(Segment s, TrackKind kind) {
        Asset a = assets.get(s.item());
        if (a == null) {
            TimeBase base = s.sourceIn() == null ? null : s.sourceIn().base();
            String formatId = base != null && isFrameRate(base) ? format(base) : null;
            a = new Asset("r" + next++, s.item(), s.source(), formatId, base);
            assets.put(s.item(), a);
        }
        a.video |= kind == TrackKind.VIDEO;
        a.audio |= kind == TrackKind.AUDIO;
        for (TimeCode t : new TimeCode[] {s.sourceIn(), s.sourceOut()}) {
            if (t != null && !t.isInfinite() && t.seconds().compareTo(a.end) > 0) {
                a.end = t.seconds();
            }
        }
        return a;
    }

    String effect(String name, String uid) {
        effectUids.putIfAbsent(name, uid);
        return effects.computeIfAbsent(name, n -> "r" + next++);
    }

    /** A base FCP can name as a video frame duration: up to 120 fps, whole or NTSC. */
    static boolean isFrameRate(TimeBase base) {
        Rational fps = base.rate();
        return (fps.isInteger() && fps.numerator() <= 120)
                || (fps.denominator() == 1001 && fps.numerator() % 1000 == 0);
    }

    void write(StringBuilder b) {
        b.append("<resources>\n");
        for (Map.Entry<TimeBase, String> f : formats.entrySet()) {
            b.append("<format id=\"").append(f.getValue()).append("\" frameDuration=\"");
            b.append(FcpxTime.format(f.getKey().seconds()));
            b.append("\" width=\"1920\" height=\"1080\"/>\n");
        }
        for (Asset a : assets.values()) {
            writeAsset(b, a);
        }
        for (Map.Entry<String, String> e : effects.entrySet()) {
            b.append("<effect id=\"").append(e.getValue()).append("\" name=\"");
            InterchangeXml.escape(b, e.getKey());
            b.append("\" uid=\"");
            InterchangeXml.escape(b, effectUids.get(e.getKey()));
            b.append("\"/>\n");
        }
        b.append("</resources>\n");
    }

    private static void writeAsset(StringBuilder b, Asset a) {
        b.append("<asset id=\"").append(a.id).append("\" name=\"");
        InterchangeXml.escape(b, a.name);
        b.append('"');
        if (!a.src.isEmpty()) {
            b.append(" src=\"");
            InterchangeXml.escape(b, a.src);
            b.append('"');
        }
        b.append(" start=\"0s\" duration=\"").append(FcpxTime.format(a.end)).append('"');
        if (a.video) {
            b.append(" hasVideo=\"1\"");
        }
        if (a.formatId != null) {
            b.append(" format=\"").append(a.formatId).append('"');
        } else if (a.base != null && a.base.numerator() == 1) {
            b.append(" audioRate=\"").append(a.base.denominator()).append('"');
        }
        b.append(" hasAudio=\"1\"/>\n");
    }
}

package org.seqdesk.timeline;

import static org.seqdesk.timeline.InterchangeXml.attr;
import static org.seqdesk.timeline.InterchangeXml.child;
import static org.seqdesk.timeline.InterchangeXml.elements;
import static org.seqdesk.timeline.InterchangeXml.localName;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Turns one FCPXML story element into a segment: what it shows (asset, compound or multicam clip,
 * title), which part of it ({@code start} is the source time at the clip's first frame; with a
 * {@code timeMap} the map's value there), and at what speed ({@code conform-rate} and {@code
 * timeMap}).
 *
 * <p>TODO(#4): a multicam clip is kept as the multicam media, not resolved to the asset of its
 * active angle; a ramped time map keeps only its overall rate.
 */
final class FcpxClipReader {
    private final FcpxContext ctx;

    FcpxClipReader(FcpxContext ctx) {
        this.ctx = ctx;
    }

    /** Where a clip's pictures or sound come from, in the source's own frame base. */
    private record Reference(String item, String source, TimeBase base, Effect generator) {}

    Segment read(
            Element e,
            Rational at,
            Rational start,
            Rational duration,
            FcpxSpeed speed,
            String path) {
        Element media = mediaOf(e);
        Reference ref = reference(e, media, path);
        Rational sourceStart = start;
        if (media != e) {
            // a clip's inner video/audio: the clip's local time shifted by the inner offset
            Rational mediaOffset = ctx.time(media, "offset", Rational.ZERO, path);
            Rational mediaStart = ctx.time(media, "start", Rational.ZERO, path);
            sourceStart = start.minus(mediaOffset).plus(mediaStart);
        }
        Rational sourceIn = speed.map(sourceStart);
        Rational sourceOut = sourceIn.plus(duration.times(speed.rate()));
        if (sourceOut.compareTo(sourceIn) < 0) {
            // played backwards: the range is kept ascending and the speed carries the direction
            Rational swap = sourceIn;
            sourceIn = sourceOut;
            sourceOut = swap;
        }
        TimeBase base = ref.base == null ? ctx.frameBase : ref.base;
        return new Segment(
                ref.item,
                FinalCutXReader.name(e),
                sourceTrack(e, media),
                FcpxTime.toTime(at, ctx.frameBase),
                FcpxTime.toTime(at.plus(duration), ctx.frameBase),
                FcpxTime.toTime(sourceIn, base),
                FcpxTime.toTime(sourceOut, base),
                speed.rate(),
                ref.generator == null ? List.of() : List.of(ref.generator),
                ref.source,
                !"0".equals(e.getAttribute("enabled")));
    }

    /** The element naming the media: the clip itself, or for a {@code clip} its inner video. */
    private static Element mediaOf(Element e) {
        if (!localName(e).equals("clip")) {
            return e;
        }
        for (String kind : new String[] {"video", "audio"}) {
            Element direct = child(e, kind);
            if (direct != null && direct.hasAttribute("ref")) {
                return direct;
            }
        }
        for (Element c : elements(e)) {
            if (!c.hasAttribute("lane")) {
                Element nested = localName(c).equals("gap") ? child(c, "audio") : null;
                if (nested != null && nested.hasAttribute("ref")) {
                    return nested;
                }
            }
        }
        return e;
    }

    private Reference reference(Element e, Element media, String path) {
        Element res = ctx.resources.get(media.getAttribute("ref"));
        String kind = localName(e);
        if (res == null) {
            if (!kind.equals("title") && !kind.equals("sync-clip")) {
                ctx.problems.add(Problem.warning(path, "refers to no known resource"));
            }
            return new Reference("", "", null, null);
        }
        String resName = FinalCutXReader.name(res);
        if (kind.equals("title") && !localName(res).equals("effect")) {
            return new Reference("", "", null, new Effect(FinalCutXReader.name(e), null));
        }
        switch (localName(res)) {
            case "asset":
                return new Reference(resName, assetSource(res), assetBase(res, e), null);
            case "effect":
                return new Reference("", "", null, new Effect(resName, null));
            case "media":
                return mediaReference(e, res, resName, path);
            default:
                return new Reference(resName, "", null, null);
        }
    }

    private Reference mediaReference(Element e, Element res, String resName, String path) {
        Element inner = child(res, "sequence");
        if (inner == null) {
            inner = child(res, "multicam");
        }
        TimeBase base = inner == null ? null : ctx.formatBase(inner.getAttribute("format"));
        if (localName(e).equals("mc-clip")) {
            ctx.problems.add(
                    Problem.info(path, "multicam clip: the active angle is kept as the clip only"));
        }
        return new Reference(resName, "", base, null);
    }

    private static String assetSource(Element asset) {
        String src = attr(asset, "src");
        if (src != null) {
            return src;
        }
        Element rep = child(asset, "media-rep");
        return rep == null ? "" : rep.getAttribute("src");
    }

    private TimeBase assetBase(Element asset, Element clip) {
        TimeBase base = ctx.formatBase(attr(asset, "format"));
        if (base == null) {
            base = ctx.formatBase(attr(clip, "format"));
        }
        if (base == null && !"1".equals(asset.getAttribute("hasVideo"))) {
            String rate = asset.getAttribute("audioRate");
            if (rate.matches("\\d+")) {
                return new TimeBase(1, Long.parseLong(rate));
            }
        }
        return base;
    }

    boolean isAudioOnly(Element e) {
        String kind = localName(e);
        if (kind.equals("audio") || "audio".equals(attr(e, "srcEnable"))) {
            return true;
        }
        Element media = mediaOf(e);
        if (localName(media).equals("audio")) {
            return true;
        }
        Element res = ctx.resources.get(media.getAttribute("ref"));
        return res != null
                && localName(res).equals("asset")
                && !"1".equals(res.getAttribute("hasVideo"));
    }

    private static int sourceTrack(Element e, Element media) {
        String channels = attr(media, "srcCh");
        Element source = child(e, "audio-channel-source");
        if (channels == null && source != null) {
            channels = attr(source, "srcCh");
        }
        if (channels == null) {
            return 1;
        }
        String first = channels.split(",")[0].trim();
        return first.matches("\\d+") ? Math.max(1, Integer.parseInt(first)) : 1;
    }
}

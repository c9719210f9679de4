package org.seqdesk.timeline;

import static org.seqdesk.timeline.InterchangeXml.child;
import static org.seqdesk.timeline.InterchangeXml.children;
import static org.seqdesk.timeline.InterchangeXml.localName;
import static org.seqdesk.timeline.InterchangeXml.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads Final Cut Pro 7 XML ({@code xmeml} versions 1 to 5) as written by FCP 7, Premiere Pro,
 * DaVinci Resolve and Hiero.
 *
 * <p>Times: a clip item's {@code start}/{@code end} count frames of the sequence rate, its {@code
 * in}/{@code out} frames of the clip's own rate. A {@code start} or {@code end} of -1 means the
 * edge lies inside a transition, where the file lets both clips run through it; they are cut at the
 * transition's edit point, so that clips abut and the transition overlaps the cut. Source in/out
 * count frames from the start of the media, not source timecode.
 */
public final class FinalCutXmlReader implements SequenceReader {
    private static final Logger LOG = LoggerFactory.getLogger(FinalCutXmlReader.class);

    @Override
    public ReadResult read(byte[] content, String sourceName) {
        String where = sourceName == null ? "" : sourceName;
        Document doc;
        try {
            doc = InterchangeXml.parse(content);
        } catch (IOException e) {
            return ReadResult.failed(List.of(Problem.error(where, e.getMessage())));
        }
        try {
            return readDocument(doc, where);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("FCP 7 XML reader gave up on {}", where, e);
            return ReadResult.failed(
                    List.of(Problem.error(where, "could not read the file: " + e.getMessage())));
        }
    }

    private ReadResult readDocument(Document doc, String where) {
        Element root = doc.getDocumentElement();
        String rootName = localName(root);
        if (!"xmeml".equals(rootName)) {
            String what =
                    "filter".equals(rootName)
                            ? "the root is <filter>, an effect fragment, not an xmeml document"
                            : "the root is <" + rootName + ">, not <xmeml>";
            return ReadResult.failed(
                    List.of(Problem.error("/" + rootName, "no sequence in this file: " + what)));
        }
        String[] found = new String[1];
        Element sequence = findSequence(root, "/xmeml", found);
        if (sequence == null) {
            return ReadResult.failed(
                    List.of(
                            Problem.error(
                                    "/xmeml",
                                    "no sequence in this file (it holds no <sequence> element)")));
        }
        XmemlContext ctx = new XmemlContext(found[0], doc);
        return ReadResult.of(readSequence(sequence, ctx), ctx.problems);
    }

    /** The first sequence: directly under xmeml, or inside a project's children. */
    private static Element findSequence(Element parent, String path, String[] found) {
        Element direct = child(parent, "sequence");
        if (direct != null) {
            found[0] = path + "/sequence";
            return direct;
        }
        for (String bin : new String[] {"project", "children", "bin"}) {
            for (Element e : children(parent, bin)) {
                Element s = findSequence(e, path + "/" + bin, found);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private Sequence readSequence(Element seq, XmemlContext ctx) {
        String path = ctx.sequencePath;
        FrameRate nominal = ctx.rate(child(seq, "rate"), path + "/rate");
        if (nominal == null) {
            ctx.problems.add(Problem.warning(path, "the sequence has no rate; 25 fps assumed"));
            nominal = FrameRate.FPS_25;
        }
        Element tcElement = child(seq, "timecode");
        FrameRate rate = ctx.withDisplayFormat(nominal, tcElement, path + "/timecode");
        ctx.sequenceRate = rate;
        TimeCode start =
                tcElement == null
                        ? TimeCode.zero(rate.timeBase())
                        : ctx.timecode(tcElement, rate, path + "/timecode");

        List<Track> tracks = new ArrayList<>();
        Element media = child(seq, "media");
        XmemlTrackReader trackReader = new XmemlTrackReader(ctx);
        readTracks(media, "video", TrackKind.VIDEO, path, trackReader, tracks);
        readTracks(media, "audio", TrackKind.AUDIO, path, trackReader, tracks);

        List<Marker> markers = readMarkers(seq, rate.timeBase(), path, ctx);
        Map<String, String> metadata = new LinkedHashMap<>();
        if (seq.hasAttribute("id")) {
            metadata.put("finalcut.sequenceId", seq.getAttribute("id"));
        }
        String uuid = text(seq, "uuid");
        if (uuid != null) {
            metadata.put("finalcut.uuid", uuid);
        }
        String name = text(seq, "name");
        return new Sequence("", name, rate, start, tracks, markers, metadata);
    }

    private static void readTracks(
            Element media,
            String kindName,
            TrackKind kind,
            String path,
            XmemlTrackReader reader,
            List<Track> into) {
        List<Element> tracks = children(child(media, kindName), "track");
        for (int i = 0; i < tracks.size(); i++) {
            String trackPath = path + "/media/" + kindName + "/track[" + (i + 1) + "]";
            into.add(reader.read(tracks.get(i), kind, trackPath));
        }
    }

    private static List<Marker> readMarkers(
            Element seq, TimeBase base, String path, XmemlContext ctx) {
        List<Marker> markers = new ArrayList<>();
        List<Element> elements = children(seq, "marker");
        for (int i = 0; i < elements.size(); i++) {
            Element m = elements.get(i);
            String mPath = path + "/marker[" + (i + 1) + "]";
            Long in = ctx.frames(text(m, "in"), mPath + "/in");
            if (in == null) {
                ctx.problems.add(Problem.warning(mPath, "marker without an in point, skipped"));
                continue;
            }
            Long out = ctx.frames(text(m, "out"), mPath + "/out");
            long length = out == null || out < in ? 0 : out - in;
            markers.add(
                    new Marker(
                            text(m, "name"),
                            text(m, "comment"),
                            TimeCode.of(in, base),
                            TimeCode.of(length, base),
                            text(m, "color")));
        }
        return markers;
    }
}

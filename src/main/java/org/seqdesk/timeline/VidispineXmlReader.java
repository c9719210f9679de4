package org.seqdesk.timeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a SequenceDocument in XML. Lenient: elements in any order, with or without the VidiCore
 * namespace, optional parts missing, time codes also in the text form {@code 250@PAL}. Problems
 * name the element path, e.g. {@code /SequenceDocument/track[2]/segment[5]/out}.
 */
public final class VidispineXmlReader implements SequenceReader {
    private static final Set<String> NOT_KEPT_IN_SEGMENT =
            Set.of("externalVideoMedia", "reference");
    private static final Set<String> NOT_KEPT_IN_TRANSITION =
            Set.of(
                    "horizRepeat",
                    "vertRepeat",
                    "startPercentage",
                    "endPercentage",
                    "reverse",
                    "borderWidth",
                    "borderColor",
                    "color");

    @Override
    public ReadResult read(byte[] content, String sourceName) {
        Document doc;
        try {
            doc = SafeXml.parse(content);
        } catch (IOException e) {
            return ReadResult.failed(List.of(Problem.error(sourceName, e.getMessage())));
        }
        Element root = doc.getDocumentElement();
        if (!"SequenceDocument".equals(name(root))) {
            return ReadResult.failed(
                    List.of(
                            Problem.error(
                                    "/" + name(root),
                                    "not a SequenceDocument: the root element is " + name(root))));
        }
        return new Parse().document(root);
    }

    static String name(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                list.add((Element) n);
            }
        }
        return list;
    }

    /** One parse: collects problems while walking the tree. */
    private static final class Parse {
        private final List<Problem> problems = new ArrayList<>();
        private final VidispineXmlValues values = new VidispineXmlValues(problems);

        ReadResult document(Element root) {
            String id = "";
            List<Track> tracks = new ArrayList<>();
            List<String[]> settings = new ArrayList<>();
            int trackIndex = 0;
            for (Element e : children(root)) {
                String n = name(e);
                if (n.equals("id")) {
                    id = e.getTextContent().trim();
                } else if (n.equals("track")) {
                    trackIndex++;
                    tracks.add(track(e, "/SequenceDocument/track[" + trackIndex + "]"));
                } else if (n.equals("setting")) {
                    settings.add(values.keyValue(e));
                } else {
                    problems.add(Problem.info("/SequenceDocument/" + n, "element not kept: " + n));
                }
            }
            Sequence s =
                    new Sequence(
                            id,
                            "",
                            VidispineAssembly.rate(tracks),
                            null,
                            tracks,
                            List.of(),
                            VidispineAssembly.settingsMetadata(settings));
            return ReadResult.of(s, ProblemLimit.limited(problems));
        }

        private Track track(Element track, String path) {
            boolean audio = false;
            List<Segment> segments = new ArrayList<>();
            List<Transition> transitions = new ArrayList<>();
            int segIndex = 0;
            int trIndex = 0;
            TimeCode previousOut = null;
            for (Element e : children(track)) {
                String n = name(e);
                if (n.equals("audio")) {
                    audio = values.bool(e, path + "/audio");
                } else if (n.equals("segment")) {
                    segIndex++;
                    Segment s = segment(e, path + "/segment[" + segIndex + "]", previousOut);
                    if (s != null) {
                        segments.add(s);
                        previousOut = s.timelineOut();
                    }
                } else if (n.equals("transition")) {
                    trIndex++;
                    Transition t = transition(e, path + "/transition[" + trIndex + "]");
                    if (t != null) {
                        transitions.add(t);
                    }
                } else {
                    problems.add(Problem.info(path + "/" + n, "element not kept: " + n));
                }
            }
            TrackKind kind = audio ? TrackKind.AUDIO : TrackKind.VIDEO;
            return new Track(kind, "", true, segments, transitions);
        }

        private Segment segment(Element seg, String path, TimeCode previousOut) {
            String item = null;
            Integer sourceTrack = null;
            TimeCode[] times = new TimeCode[4];
            List<Effect> effects = new ArrayList<>();
            for (Element e : children(seg)) {
                String n = name(e);
                String at = path + "/" + n;
                int slot = VidispineXmlValues.timeSlot(n);
                if (slot >= 0) {
                    times[slot] = values.time(e, at);
                } else if (n.equals("item")) {
                    item = e.getTextContent().trim();
                } else if (n.equals("sourceTrack")) {
                    sourceTrack = values.integer(e, at);
                } else if (n.equals("effect")) {
                    effects.add(values.effect(e, at + "[" + (effects.size() + 1) + "]"));
                } else {
                    problems.add(
                            NOT_KEPT_IN_SEGMENT.contains(n)
                                    ? Problem.warning(at, "not kept: " + n)
                                    : Problem.info(at, "element not kept: " + n));
                }
            }
            VidispineAssembly.SegmentParts parts =
                    new VidispineAssembly.SegmentParts(
                            item, sourceTrack, times[0], times[1], times[2], times[3], effects);
            return VidispineAssembly.segment(parts, previousOut, path, problems);
        }

        private Transition transition(Element tr, String path) {
            TimeCode in = null;
            TimeCode out = null;
            Integer wipe = null;
            String name = "";
            for (Element e : children(tr)) {
                String n = name(e);
                String at = path + "/" + n;
                if (n.equals("in")) {
                    in = values.time(e, at);
                } else if (n.equals("out")) {
                    out = values.time(e, at);
                } else if (n.equals("wipe")) {
                    wipe = values.integer(e, at);
                } else if (n.equals("transition")) {
                    name = e.getTextContent().trim();
                } else {
                    problems.add(
                            NOT_KEPT_IN_TRANSITION.contains(n)
                                    ? Problem.info(at, "transition setting not kept: " + n)
                                    : Problem.info(at, "element not kept: " + n));
                }
            }
            return VidispineAssembly.transition(name, in, out, wipe, path, problems);
        }
    }
}

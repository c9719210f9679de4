package org.seqdesk.timeline;

import static org.seqdesk.timeline.InterchangeXml.attr;
import static org.seqdesk.timeline.InterchangeXml.child;
import static org.seqdesk.timeline.InterchangeXml.children;
import static org.seqdesk.timeline.InterchangeXml.elements;
import static org.seqdesk.timeline.InterchangeXml.localName;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads FCPXML 1.8 and newer, as Final Cut Pro 10.4 onwards exports it: the first project's
 * sequence, whether the project sits in a library and event or directly under {@code <fcpxml>}.
 *
 * <p>The primary storyline is V1. A connected clip or storyline on lane n above it becomes video
 * track n+1; one on lane -n below it becomes audio track n. Transitions overlap the cut they sit on
 * and do not move the clips, so clips on either side keep the extent the file gives them. Timeline
 * times count from the sequence's first frame ({@code tcStart}); a time off the frame grid (audio
 * edits can be sample-accurate) is kept exactly in a finer base.
 */
public final class FinalCutXReader implements SequenceReader {
    private static final Logger LOG = LoggerFactory.getLogger(FinalCutXReader.class);
    private static final Set<String> CLIPS =
            Set.of("asset-clip", "clip", "ref-clip", "mc-clip", "sync-clip");

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
            return readDocument(doc.getDocumentElement());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("FCPXML reader gave up on {}", where, e);
            return ReadResult.failed(
                    List.of(Problem.error(where, "could not read the file: " + e.getMessage())));
        }
    }

    private ReadResult readDocument(Element root) {
        if (!"fcpxml".equals(localName(root))) {
            return ReadResult.failed(
                    List.of(
                            Problem.error(
                                    "/" + localName(root),
                                    "no sequence in this file: the root is <"
                                            + localName(root)
                                            + ">, not <fcpxml>")));
        }
        FcpxContext ctx = new FcpxContext(resources(root));
        checkVersion(root.getAttribute("version"), ctx);
        String[] path = new String[1];
        Element project = findProject(root, "/fcpxml", path);
        Element sequence = project == null ? null : child(project, "sequence");
        if (sequence == null) {
            return ReadResult.failed(List.of(Problem.error("/fcpxml", noSequence(root))));
        }
        Sequence s = new FcpxSequenceReader(ctx).read(project, sequence, path[0] + "/sequence");
        return ReadResult.of(s, ctx.problems);
    }

    private static void checkVersion(String version, FcpxContext ctx) {
        String[] parts = version.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (major != 1 || minor < 8 || minor > 13) {
                ctx.problems.add(
                        Problem.info(
                                "/fcpxml",
                                "FCPXML version "
                                        + version
                                        + " is outside 1.8 to 1.13; read as is"));
            }
        } catch (NumberFormatException e) {
            ctx.problems.add(Problem.warning("/fcpxml", "unreadable FCPXML version: " + version));
        }
    }

    private static Map<String, Element> resources(Element root) {
        Map<String, Element> byId = new LinkedHashMap<>();
        for (Element e : elements(child(root, "resources"))) {
            if (e.hasAttribute("id")) {
                byId.put(e.getAttribute("id"), e);
            }
        }
        return byId;
    }

    /** The first project: under fcpxml, or in a library's or fcpxml's events. */
    private static Element findProject(Element root, String path, String[] found) {
        Element direct = child(root, "project");
        if (direct != null) {
            found[0] = path + "/project";
            return direct;
        }
        Element library = child(root, "library");
        String eventsPath = library == null ? path : path + "/library";
        for (Element event : children(library == null ? root : library, "event")) {
            Element project = child(event, "project");
            if (project != null) {
                found[0] = eventsPath + "/event/project";
                return project;
            }
        }
        return null;
    }

    /** Why there is nothing to read, naming what the file does hold. */
    private static String noSequence(Element root) {
        int clips = countClips(root);
        Element library = child(root, "library");
        for (Element event : children(library == null ? root : library, "event")) {
            clips += countClips(event);
        }
        int compounds = 0;
        for (Element e : elements(child(root, "resources"))) {
            if (localName(e).equals("media")) {
                compounds++;
            }
        }
        return "no sequence in this file: it holds "
                + clips
                + (clips == 1 ? " clip" : " clips")
                + " and "
                + compounds
                + (compounds == 1 ? " compound clip" : " compound clips")
                + " but no project";
    }

    private static int countClips(Element parent) {
        int n = 0;
        for (Element e : elements(parent)) {
            if (CLIPS.contains(localName(e))) {
                n++;
            }
        }
        return n;
    }

    static String name(Element e) {
        String name = attr(e, "name");
        return name == null ? "" : name;
    }
}

package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** What one FCPXML read shares: resources by id, the problems found, the sequence's frame base. */
final class FcpxContext {
    final List<Problem> problems = new ArrayList<>();
    final Map<String, Element> resources;
    TimeBase frameBase = TimeBase.PAL;
    Rational fps = Rational.of(25);

    FcpxContext(Map<String, Element> resources) {
        this.resources = resources;
    }

    /** The exact seconds of a time attribute, or {@code fallback} when absent or unreadable. */
    Rational time(Element e, String attribute, Rational fallback, String path) {
        String text = e.getAttribute(attribute);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return FcpxTime.parse(text);
        } catch (RuntimeException ex) {
            problems.add(Problem.warning(path, "unreadable " + attribute + " \"" + text + "\""));
            return fallback;
        }
    }

    /** The frame base of a format resource, or null. */
    TimeBase formatBase(String formatId) {
        Element format = formatId == null ? null : resources.get(formatId);
        if (format == null) {
            return null;
        }
        Rational fps = FcpxTime.fps(format.getAttribute("frameDuration"));
        return fps == null ? null : TimeBase.ofRate(fps);
    }
}

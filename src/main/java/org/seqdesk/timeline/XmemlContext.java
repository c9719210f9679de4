package org.seqdesk.timeline;

import static org.seqdesk.timeline.InterchangeXml.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What one FCP 7 XML read shares between its parts: the problems found, files, the rate. */
final class XmemlContext {
    final List<Problem> problems = new ArrayList<>();
    final String sequencePath;
    private final Map<String, Element> files = new HashMap<>();
    private final Document document;
    private boolean indexed;
    FrameRate sequenceRate = FrameRate.FPS_25;

    XmemlContext(String sequencePath, Document document) {
        this.sequencePath = sequencePath;
        this.document = document;
    }

    /**
     * The full {@code <file>} for a reference. A file is written in full where it is first used, so
     * it is usually known by now; a file defined later is found by one scan of the document.
     */
    Element file(Element reference) {
        String id = reference.getAttribute("id");
        if (!InterchangeXml.elements(reference).isEmpty()) {
            files.putIfAbsent(id, reference);
            return reference;
        }
        Element known = files.get(id);
        if (known == null && !indexed) {
            indexed = true;
            NodeList all = document.getElementsByTagName("file");
            for (int i = 0, n = all.getLength(); i < n; i++) {
                Element f = (Element) all.item(i);
                if (!InterchangeXml.elements(f).isEmpty()) {
                    files.putIfAbsent(f.getAttribute("id"), f);
                }
            }
            known = files.get(id);
        }
        return known == null ? reference : known;
    }

    /**
     * A {@code <rate>}: a whole {@code timebase} and an {@code ntsc} flag; 24 with NTSC is
     * 24000/1001. Null when absent or unreadable.
     */
    FrameRate rate(Element rate, String path) {
        if (rate == null) {
            return null;
        }
        Long timebase = frames(text(rate, "timebase"), path + "/timebase");
        if (timebase == null || timebase <= 0 || timebase > 1000) {
            problems.add(Problem.warning(path, "no usable timebase in this rate"));
            return null;
        }
        boolean ntsc = isTrue(text(rate, "ntsc"));
        return FrameRate.ofNominal(timebase.intValue(), ntsc, false);
    }

    /** The rate with drop-frame set from a timecode's {@code displayformat}. */
    FrameRate withDisplayFormat(FrameRate rate, Element timecode, String path) {
        String format = timecode == null ? null : text(timecode, "displayformat");
        String string = timecode == null ? null : text(timecode, "string");
        boolean df = format != null && format.toUpperCase(Locale.ROOT).equals("DF");
        boolean semicolon = string != null && string.contains(";");
        if (df && !canDrop(rate)) {
            problems.add(
                    Problem.warning(
                            path,
                            "contradictory timecode: marked DF but the rate "
                                    + rate
                                    + " has no drop-frame; read as NDF"));
            return rate;
        }
        if (semicolon != df && string != null && format != null) {
            problems.add(
                    Problem.warning(
                            path,
                            "contradictory timecode: "
                                    + string
                                    + " is written "
                                    + (semicolon ? "drop-frame" : "non-drop-frame")
                                    + " but displayformat says "
                                    + format));
        }
        return df ? new FrameRate(rate.fps(), true) : rate;
    }

    private static boolean canDrop(FrameRate rate) {
        return rate.isNtsc() && rate.fps().numerator() % 30000 == 0;
    }

    /** A {@code <timecode>}: its {@code frame} count when present, else its {@code string}. */
    TimeCode timecode(Element timecode, FrameRate rate, String path) {
        Long frame = frames(text(timecode, "frame"), path + "/frame");
        String string = text(timecode, "string");
        Long parsed = null;
        if (string != null && !string.isEmpty()) {
            try {
                parsed = rate.parse(string);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.warning(path + "/string", e.getMessage()));
            }
        }
        if (frame != null && parsed != null && !frame.equals(parsed)) {
            problems.add(
                    Problem.warning(
                            path,
                            "timecode string "
                                    + string
                                    + " is frame "
                                    + parsed
                                    + " at "
                                    + rate
                                    + " but frame says "
                                    + frame
                                    + "; the frame is used"));
        }
        long value = frame != null ? frame : parsed != null ? parsed : 0;
        return TimeCode.of(value, rate.timeBase());
    }

    /**
     * A frame count written as {@code 12} or, by Hiero, {@code 12.0}. Null when absent; a fraction
     * is rounded and reported.
     */
    Long frames(String text, String path) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Rational r;
        try {
            r = Rational.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(Problem.warning(path, "not a number: " + text));
            return null;
        }
        if (!r.isInteger()) {
            problems.add(Problem.warning(path, text + " is not a whole frame; rounded"));
        }
        return r.round();
    }

    static boolean isTrue(String text) {
        return text != null && text.trim().equalsIgnoreCase("TRUE");
    }
}

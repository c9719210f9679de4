package org.seqdesk.timeline;

import java.util.List;

/**
 * Writes a SequenceDocument as XML in the VidiCore namespace, with elements in the schema's order
 * ({@code item, sourceTrack, in, out, sourceIn, sourceOut, effect} in a segment; {@code in, out,
 * wipe, transition} in a transition).
 */
public final class VidispineXmlWriter implements SequenceWriter {
    static final String NAMESPACE = "http://xml.vidispine.com/schema/vidispine";

    @Override
    public WriteResult write(Sequence sequence) {
        VidispinePlan plan = VidispinePlan.of(sequence);
        StringBuilder out = new StringBuilder(256 + sequence.segmentCount() * 700);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        out.append("<SequenceDocument xmlns=\"").append(NAMESPACE).append("\">\n");
        if (!sequence.id().isEmpty()) {
            element(out, 1, "id", sequence.id());
        }
        for (Track t : plan.tracks) {
            track(out, t);
        }
        for (String[] kv : VidispineAssembly.settings(sequence)) {
            indent(out, 1).append("<setting>\n");
            element(out, 2, "key", kv[0]);
            element(out, 2, "value", kv[1]);
            indent(out, 1).append("</setting>\n");
        }
        out.append("</SequenceDocument>\n");
        return WriteResult.of(out.toString(), plan.losses);
    }

    private static void track(StringBuilder out, Track t) {
        indent(out, 1).append("<track>\n");
        element(out, 2, "audio", t.kind() == TrackKind.AUDIO ? "true" : "false");
        for (Segment s : t.segments()) {
            segment(out, s);
        }
        for (Transition tr : t.transitions()) {
            transition(out, tr);
        }
        indent(out, 1).append("</track>\n");
    }

    private static void segment(StringBuilder out, Segment s) {
        indent(out, 2).append("<segment>\n");
        element(out, 3, "item", s.item());
        element(out, 3, "sourceTrack", Integer.toString(s.sourceTrack()));
        time(out, "in", s.timelineIn());
        time(out, "out", s.timelineOut());
        if (s.sourceIn() != null) {
            time(out, "sourceIn", s.sourceIn());
        }
        if (s.sourceOut() != null) {
            time(out, "sourceOut", s.sourceOut());
        }
        for (Effect e : s.effects()) {
            effect(out, e);
        }
        indent(out, 2).append("</segment>\n");
    }

    private static void transition(StringBuilder out, Transition t) {
        indent(out, 2).append("<transition>\n");
        time(out, "in", t.in());
        time(out, "out", t.out());
        if (t.wipe() != null) {
            element(out, 3, "wipe", t.wipe().toString());
        }
        element(out, 3, "transition", VidispinePlan.transitionName(t));
        indent(out, 2).append("</transition>\n");
    }

    private static void effect(StringBuilder out, Effect e) {
        List<Effect.Parameter> params = e.parameters();
        indent(out, 3).append("<effect name=\"").append(escape(e.name())).append('"');
        if (params.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (Effect.Parameter p : params) {
            indent(out, 4).append("<parameter name=\"").append(escape(p.name())).append('"');
            if (p.value() != null && !p.value().isEmpty()) {
                out.append(" value=\"").append(escape(p.value())).append('"');
            }
            out.append("/>\n");
        }
        indent(out, 3).append("</effect>\n");
    }

    private static void time(StringBuilder out, String name, TimeCode t) {
        indent(out, 3).append('<').append(name).append('>');
        if (t.isInfinite()) {
            // the schema has no element form for the open ends; the text form is understood
            out.append(t.toText());
        } else {
            out.append("<samples>").append(t.samples()).append("</samples>");
            out.append("<timeBase><numerator>").append(t.base().numerator());
            out.append("</numerator><denominator>").append(t.base().denominator());
            out.append("</denominator></timeBase>");
        }
        out.append("</").append(name).append(">\n");
    }

    private static void element(StringBuilder out, int depth, String name, String text) {
        indent(out, depth).append('<').append(name).append('>');
        out.append(escape(text)).append("</").append(name).append(">\n");
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
        return out;
    }

    static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = replacement(c);
            if (r != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            default:
                // characters XML 1.0 cannot carry at all
                return c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "" : null;
        }
    }
}

package org.seqdesk.timeline;

import static org.seqdesk.timeline.InterchangeXml.child;
import static org.seqdesk.timeline.InterchangeXml.children;
import static org.seqdesk.timeline.InterchangeXml.elements;
import static org.seqdesk.timeline.InterchangeXml.localName;
import static org.seqdesk.timeline.InterchangeXml.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** Reads one FCP 7 XML {@code <track>}: clip items, generator items and transitions. */
final class XmemlTrackReader {
    private final XmemlContext ctx;

    XmemlTrackReader(XmemlContext ctx) {
        this.ctx = ctx;
    }

    /** One clip-like or transition child of a track, with its element path. */
    private record Item(Element element, String path, boolean transition) {}

    Track read(Element track, TrackKind kind, String path) {
        List<Item> items = items(track, path);
        Map<Item, Transition> transitions = new HashMap<>();
        for (Item item : items) {
            if (item.transition) {
                Transition t = transition(item);
                if (t != null) {
                    transitions.put(item, t);
                }
            }
        }
        Segment[] produced = new Segment[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.transition) {
                continue;
            }
            Transition before = i > 0 ? transitions.get(items.get(i - 1)) : null;
            Transition after = i + 1 < items.size() ? transitions.get(items.get(i + 1)) : null;
            produced[i] =
                    new XmemlClipReader(ctx, item.element, item.path, kind).read(before, after);
        }
        cutInsideTransitions(items, transitions, produced);
        List<Segment> segments = new ArrayList<>();
        for (Segment s : produced) {
            if (s != null) {
                segments.add(s);
            }
        }
        List<Transition> ordered = new ArrayList<>();
        for (Item item : items) {
            if (transitions.containsKey(item)) {
                ordered.add(transitions.get(item));
            }
        }
        boolean enabled = !"FALSE".equalsIgnoreCase(String.valueOf(text(track, "enabled")));
        return new Track(kind, text(track, "name"), enabled, segments, ordered);
    }

    /**
     * Where a transition joins two clips, FCP 7 XML lets both run through it. They are cut at the
     * edit point instead (the transition's middle, or its start or end for those alignments), so
     * that clips abut and the transition overlaps the cut, as FCPXML, OTIO and EDLs have it.
     */
    private void cutInsideTransitions(
            List<Item> items, Map<Item, Transition> transitions, Segment[] produced) {
        for (int i = 1; i + 1 < items.size(); i++) {
            Transition t = transitions.get(items.get(i));
            Segment before = produced[i - 1];
            Segment after = produced[i + 1];
            if (t == null || before == null || after == null) {
                continue;
            }
            if (before.timelineOut().compareTo(after.timelineIn()) <= 0) {
                continue;
            }
            String alignment = String.valueOf(text(items.get(i).element, "alignment"));
            long cut = XmemlCuts.editPoint(t, alignment);
            XmemlCuts cuts = new XmemlCuts(ctx.problems, items.get(i).path);
            produced[i - 1] = cuts.endAt(before, cut);
            produced[i + 1] = cuts.startAt(after, cut);
        }
    }

    private static List<Item> items(Element track, String path) {
        List<Item> items = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Element e : elements(track)) {
            String name = localName(e);
            if (!name.equals("clipitem")
                    && !name.equals("generatoritem")
                    && !name.equals("transitionitem")) {
                continue;
            }
            int n = counts.merge(name, 1, Integer::sum);
            String itemPath = path + "/" + name + "[" + n + "]";
            items.add(new Item(e, itemPath, name.equals("transitionitem")));
        }
        return items;
    }

    private Transition transition(Item item) {
        Element e = item.element;
        Long start = ctx.frames(text(e, "start"), item.path + "/start");
        Long end = ctx.frames(text(e, "end"), item.path + "/end");
        if (start == null || end == null || end < start) {
            ctx.problems.add(
                    Problem.warning(
                            item.path, "transition without a usable start and end, skipped"));
            return null;
        }
        Element effect = child(e, "effect");
        String name = effect == null ? "" : text(effect, "name");
        TimeBase base = ctx.sequenceRate.timeBase();
        Integer wipe = null;
        String category = effect == null ? null : text(effect, "effectcategory");
        if (category != null && category.toLowerCase(java.util.Locale.ROOT).contains("wipe")) {
            ctx.problems.add(
                    Problem.info(item.path, "wipe " + name + " kept by name; its pattern is not"));
        }
        return new Transition(name, TimeCode.of(start, base), TimeCode.of(end, base), wipe);
    }

    /** The effects in a clip's {@code filter} elements, Time Remap excluded. */
    static List<Effect> effects(Element clip) {
        List<Effect> effects = new ArrayList<>();
        for (Element filter : children(clip, "filter")) {
            Element effect = child(filter, "effect");
            if (effect == null || XmemlSpeed.isTimeRemap(effect)) {
                continue;
            }
            List<Effect.Parameter> parameters = new ArrayList<>();
            for (Element p : children(effect, "parameter")) {
                String value = text(p, "value");
                String id = text(p, "parameterid");
                if (value != null) {
                    parameters.add(new Effect.Parameter(id != null ? id : text(p, "name"), value));
                }
            }
            String name = text(effect, "name");
            effects.add(new Effect(name == null ? text(effect, "effectid") : name, parameters));
        }
        return effects;
    }
}

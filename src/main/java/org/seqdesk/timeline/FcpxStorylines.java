package org.seqdesk.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a connected track's segments into runs of abutting clips, and its transitions into the run
 * they belong to, so that the writer can give each run a secondary storyline: FCPXML holds
 * transitions only inside storylines.
 */
final class FcpxStorylines {
    private final List<List<Segment>> chains = new ArrayList<>();
    private final List<List<Transition>> transitions = new ArrayList<>();
    private final List<TimeCode> cuts = new ArrayList<>();
    private final List<Integer> cutChains = new ArrayList<>();
    private int unplaced;

    static FcpxStorylines of(Track track) {
        FcpxStorylines result = new FcpxStorylines();
        List<Segment> sorted = new ArrayList<>(track.segments());
        sorted.sort((a, b) -> XmemlOut.compare(a.timelineIn(), b.timelineIn()));
        List<Segment> chain = null;
        for (Segment s : sorted) {
            Segment last = chain == null ? null : chain.get(chain.size() - 1);
            if (last == null || !last.timelineOut().sameInstant(s.timelineIn())) {
                chain = new ArrayList<>();
                result.chains.add(chain);
                result.transitions.add(new ArrayList<>());
            }
            chain.add(s);
        }
        result.indexCuts();
        List<Transition> sortedTransitions = new ArrayList<>(track.transitions());
        sortedTransitions.sort((a, b) -> XmemlOut.compare(a.in(), b.in()));
        for (Transition t : sortedTransitions) {
            result.place(t);
        }
        return result;
    }

    /**
     * Puts a transition with the run that has a cut, or its head or tail, within the transition's
     * span; a transition in the middle of a clip has no place in a storyline and is counted.
     */
    private void place(Transition t) {
        int lo = 0;
        int hi = cuts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (XmemlOut.compare(cuts.get(mid), t.in()) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < cuts.size() && XmemlOut.compare(cuts.get(lo), t.out()) <= 0) {
            transitions.get(cutChains.get(lo)).add(t);
        } else {
            unplaced++;
        }
    }

    /** Every run's head, inner cuts and tail, in timeline order, with the run each belongs to. */
    private void indexCuts() {
        for (int i = 0; i < chains.size(); i++) {
            List<Segment> chain = chains.get(i);
            for (Segment s : chain) {
                cuts.add(s.timelineIn());
                cutChains.add(i);
            }
            cuts.add(chain.get(chain.size() - 1).timelineOut());
            cutChains.add(i);
        }
    }

    List<List<Segment>> chains() {
        return chains;
    }

    List<Transition> transitionsOf(List<Segment> chain) {
        return transitions.get(chains.indexOf(chain));
    }

    int unplaced() {
        return unplaced;
    }
}

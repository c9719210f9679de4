package org.seqdesk.sequences;

import org.seqdesk.timeline.Sequence;

/** Package access for the benchmarks: shows a sequence and forces its frame to be rendered. */
public final class TimelineBench {
    private TimelineBench() {}

    /** Call on the FX thread. */
    public static long[] showAndRender(TimelineView view, Sequence sequence) {
        long cpu0 =
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        view.model().setSequence(sequence);
        long t2 = System.nanoTime();
        view.applyCss();
        view.layout();
        long t3 = System.nanoTime();
        view.canvas().draw();
        long t4 = System.nanoTime();
        view.canvas().snapshot(null, null);
        long t5 = System.nanoTime();
        long cpu =
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                        - cpu0;
        return new long[] {t2 - t0, t3 - t2, t4 - t3, t5 - t4, cpu};
    }
}

package org.seqdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.seqdesk.timeline.FinalCutXReader;
import org.seqdesk.timeline.FinalCutXWriter;
import org.seqdesk.timeline.FinalCutXmlReader;
import org.seqdesk.timeline.FinalCutXmlWriter;
import org.seqdesk.timeline.Sequence;

/**
 * The CPU time of the same four operations as {@link FinalCutBenchmark}, measured on the calling
 * thread. On a shared, overloaded machine wall-clock time mostly measures waiting for a core; the
 * thread's own CPU time shows the work. Run its {@code main} with the test class path.
 */
public final class FinalCutCpuTime {
    private static final int WARMUP = 15;
    private static final int MEASURED = 10;

    private FinalCutCpuTime() {}

    public static void main(String[] args) {
        Sequence sequence = FinalCutBenchSequence.build(10_000, 8);
        byte[] xmeml = new FinalCutXmlWriter().write(sequence).content();
        byte[] fcpxml = new FinalCutXWriter().write(sequence).content();
        report("writeFinalCut7", () -> new FinalCutXmlWriter().write(sequence));
        report("readFinalCut7", () -> new FinalCutXmlReader().read(xmeml, "bench.xml"));
        report("writeFinalCutX", () -> new FinalCutXWriter().write(sequence));
        report("readFinalCutX", () -> new FinalCutXReader().read(fcpxml, "bench.fcpxml"));
    }

    private static void report(String name, Supplier<?> operation) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARMUP; i++) {
            operation.get();
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = threads.getCurrentThreadCpuTime();
            operation.get();
            long used = threads.getCurrentThreadCpuTime() - start;
            best = Math.min(best, used);
            total += used;
        }
        System.out.printf(
                "%-16s mean %6.1f ms CPU, best %6.1f ms CPU%n",
                name, total / 1e6 / MEASURED, best / 1e6);
    }
}

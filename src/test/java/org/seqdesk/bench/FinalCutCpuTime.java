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
        long processStart = processCpu();
        for (int i = 0; i < MEASURED; i++) {
            long start = threads.getCurrentThreadCpuTime();
            operation.get();
            long used = threads.getCurrentThreadCpuTime() - start;
            best = Math.min(best, used);
            total += used;
        }
        long process = processCpu() - processStart;
        System.out.printf(
                "%-16s thread mean %6.1f ms, best %6.1f ms; whole process %6.1f ms per op%n",
                name, total / 1e6 / MEASURED, best / 1e6, process / 1e6 / MEASURED);
    }

    /** CPU time of the whole process, garbage collector and compiler threads included. */
    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os =
                ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime()
                : 0;
    }
}

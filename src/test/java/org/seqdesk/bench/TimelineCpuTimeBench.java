package org.seqdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The same operations as {@link TimelineFormatsBench}, timed by the measuring thread's CPU time
 * rather than the wall clock, so that a shared, overloaded machine still gives usable numbers.
 * Prints the median and best of {@code rounds} runs after as many warm-up runs.
 */
public final class TimelineCpuTimeBench {
    private TimelineCpuTimeBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        TimelineFormatsBench b = new TimelineFormatsBench();
        b.setUp();
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        ops.put("readVidispineXml", b::readVidispineXml);
        ops.put("writeVidispineXml", b::writeVidispineXml);
        ops.put("readVidispineJson", b::readVidispineJson);
        ops.put("writeVidispineJson", b::writeVidispineJson);
        ops.put("readEdl", b::readEdl);
        ops.put("writeEdl", b::writeEdl);
        ops.put("readOtio", b::readOtio);
        ops.put("writeOtio", b::writeOtio);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
            long[] ms = new long[rounds];
            for (int i = 0; i < rounds * 2; i++) {
                long start = threads.getCurrentThreadCpuTime();
                Object result = op.getValue().get();
                long took = threads.getCurrentThreadCpuTime() - start;
                if (result != null && i >= rounds) {
                    ms[i - rounds] = took / 1_000_000;
                }
            }
            Arrays.sort(ms);
            System.out.printf(
                    "%-20s median %4d ms  best %4d ms  (thread CPU time)%n",
                    op.getKey(), ms[rounds / 2], ms[0]);
        }
    }
}

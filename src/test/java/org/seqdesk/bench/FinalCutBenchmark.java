package org.seqdesk.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.seqdesk.timeline.FinalCutXReader;
import org.seqdesk.timeline.FinalCutXWriter;
import org.seqdesk.timeline.FinalCutXmlReader;
import org.seqdesk.timeline.FinalCutXmlWriter;
import org.seqdesk.timeline.ReadResult;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.WriteResult;

/**
 * Reads and writes a 10,000-segment, 8-track sequence as FCP 7 XML and as FCPXML. Target: each
 * under 150 ms. Run: {@code java -cp <test class path> org.openjdk.jmh.Main FinalCutBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FinalCutBenchmark {
    private Sequence sequence;
    private byte[] xmeml;
    private byte[] fcpxml;

    @Setup
    public void setUp() {
        sequence = FinalCutBenchSequence.build(10_000, 8);
        xmeml = new FinalCutXmlWriter().write(sequence).content();
        fcpxml = new FinalCutXWriter().write(sequence).content();
    }

    @Benchmark
    public WriteResult writeFinalCut7() {
        return new FinalCutXmlWriter().write(sequence);
    }

    @Benchmark
    public ReadResult readFinalCut7() {
        return new FinalCutXmlReader().read(xmeml, "bench.xml");
    }

    @Benchmark
    public WriteResult writeFinalCutX() {
        return new FinalCutXWriter().write(sequence);
    }

    @Benchmark
    public ReadResult readFinalCutX() {
        return new FinalCutXReader().read(fcpxml, "bench.fcpxml");
    }
}

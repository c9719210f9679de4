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
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.seqdesk.timeline.EdlReader;
import org.seqdesk.timeline.EdlWriter;
import org.seqdesk.timeline.FrameRate;
import org.seqdesk.timeline.OtioReader;
import org.seqdesk.timeline.OtioWriter;
import org.seqdesk.timeline.ReadResult;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.VidispineFormat;
import org.seqdesk.timeline.WriteResult;

/**
 * Reads and writes a 10,000-segment, 8-track sequence in the native SequenceDocument (XML and
 * JSON), CMX 3600 EDL and OpenTimelineIO. Target: each under 150 ms. Run with {@link #main}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimelineFormatsBench {
    private Sequence sequence;
    private byte[] xml;
    private byte[] json;
    private byte[] edl;
    private byte[] otio;

    @Setup
    public void setUp() {
        sequence = BenchSequences.large(10_000, 8);
        xml = VidispineFormat.writeXml(sequence).content();
        json = VidispineFormat.writeJson(sequence).content();
        edl = new EdlWriter().write(sequence).content();
        otio = new OtioWriter().write(sequence).content();
    }

    @Benchmark
    public ReadResult readVidispineXml() {
        return VidispineFormat.readXml(xml, "bench.xml");
    }

    @Benchmark
    public WriteResult writeVidispineXml() {
        return VidispineFormat.writeXml(sequence);
    }

    @Benchmark
    public ReadResult readVidispineJson() {
        return VidispineFormat.readJson(json, "bench.json");
    }

    @Benchmark
    public WriteResult writeVidispineJson() {
        return VidispineFormat.writeJson(sequence);
    }

    @Benchmark
    public ReadResult readEdl() {
        return new EdlReader(FrameRate.FPS_25).read(edl, "bench.edl");
    }

    @Benchmark
    public WriteResult writeEdl() {
        return new EdlWriter().write(sequence);
    }

    @Benchmark
    public ReadResult readOtio() {
        return new OtioReader().read(otio, "bench.otio");
    }

    @Benchmark
    public WriteResult writeOtio() {
        return new OtioWriter().write(sequence);
    }

    /** Runs every benchmark of this class; arguments are passed to JMH as a filter, if any. */
    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : TimelineFormatsBench.class.getSimpleName();
        new Runner(new OptionsBuilder().include(include).build()).run();
    }
}

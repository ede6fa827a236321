package org.monitoringadvisor.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Assessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm assessments per second on the built-in rule base, one shared {@link Advisor}, cycling through the
 * samples, on one thread and on two: how the engine scales when a tool calls it from several threads. It runs on
 * the JVM options of the app's own service ({@link ServiceJvm}); {@code twoThreadsDefaultCollector} runs the same
 * work on the JVM's default collector, G1, for an embedder who keeps it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 4) // 10 s left two threads still climbing: the JIT's threads share the 2 cores
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {ServiceJvm.COLLECTOR, ServiceJvm.HEAP_CAP})
public class ThroughputBenchmark {

    /** What all threads share: the advisor and the samples. */
    @State(Scope.Benchmark)
    public static class Shared {
        Advisor advisor;
        List<Map<String, String>> samples;

        @Setup
        public void setUp() {
            advisor = Advisor.builtIn();
            samples = List.of(Samples.NAMES).stream().map(Samples::answers).toList();
        }
    }

    /** Each thread's place in the cycle of samples. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(1)
    public Assessment oneThread(Shared shared, Cursor cursor) {
        return assessNext(shared, cursor);
    }

    @Benchmark
    @Threads(2)
    public Assessment twoThreads(Shared shared, Cursor cursor) {
        return assessNext(shared, cursor);
    }

    @Benchmark
    @Threads(2)
    @Fork(value = 1, jvmArgsAppend = ServiceJvm.DEFAULT_COLLECTOR)
    public Assessment twoThreadsDefaultCollector(Shared shared, Cursor cursor) {
        return assessNext(shared, cursor);
    }

    private static Assessment assessNext(Shared shared, Cursor cursor) {
        Map<String, String> answers = shared.samples.get(cursor.next);
        cursor.next = (cursor.next + 1) % shared.samples.size();
        return shared.advisor.assess(answers);
    }
}

package org.monitoringadvisor.bench;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm assessment of each sample workplace on one thread, by the engine on the built-in rule base and by the same
 * rules written by hand in Java ({@link HandCodedRules}: every topic file and lead-with.drl), in one run, so that
 * {@code builtInEngine / handCoded} is the engine's cost as a ratio. Before measuring, the set-up checks that the
 * hand-coded rules give exactly the engine's assessment for the samples and thousands of made-up answer sets
 * ({@link HandCodedAgreement}); a benchmark of a baseline that gives other answers would mean nothing. Both run in
 * one JVM with the app's service options ({@link ServiceJvm}), as {@link ThroughputBenchmark} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ServiceJvm.COLLECTOR, ServiceJvm.HEAP_CAP})
public class AssessmentBenchmark {

    @Param({"agreement-follows-guidance.yaml", "call-centre-after-talks.yaml", "call-centre-draconian.yaml",
        "charity-no-policy.json", "council-routine-monitoring.json", "nhs-trust-facebook-blocked.yaml",
        "school-unknowns.yaml"})
    public String sample;

    private Advisor builtIn;
    private HandCodedRules handCoded;
    private Map<String, String> answers;

    @Setup
    public void setUp() {
        builtIn = Advisor.builtIn();
        handCoded = new HandCodedRules(builtIn.knowledge());
        answers = Samples.answers(sample);
        HandCodedAgreement.check(builtIn, handCoded, HandCodedAgreement.RANDOM_SETS);
    }

    /** The product as shipped: the built-in rule base, explanations and all. */
    @Benchmark
    public Assessment builtInEngine() {
        return builtIn.assess(answers);
    }

    /** The baseline: the same rules as plain Java, giving the same assessment. */
    @Benchmark
    public Assessment handCoded() {
        return handCoded.assess(answers);
    }
}

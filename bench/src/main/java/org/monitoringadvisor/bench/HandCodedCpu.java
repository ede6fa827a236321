package org.monitoringadvisor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Assessment;

/**
 * The engine / hand-coded ratio of {@link AssessmentBenchmark} as CPU time, for a machine shared with other work,
 * where a JMH score mostly measures the share of a processor the benchmark got: the engine on the built-in rule
 * base and {@link HandCodedRules} take turns on one thread, N assessments each per round (cycling through the
 * samples), and each round's ratio of this thread's CPU time (user + system) is taken pair by pair. It prints both
 * costs and the median ratio with its range.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.monitoringadvisor.bench.HandCodedCpu [ROUNDS [N]]}
 * (default 20 rounds of 5,000), from the repository root.
 */
public final class HandCodedCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Keeps the results observable, so the JIT cannot drop the work. */
    public static long findings;

    private HandCodedCpu() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Advisor engine = Advisor.builtIn();
        HandCodedRules byHand = new HandCodedRules(engine.knowledge());
        List<Map<String, String>> samples = List.of(Samples.NAMES).stream().map(Samples::answers).toList();
        HandCodedAgreement.check(engine, byHand, HandCodedAgreement.RANDOM_SETS);
        cpuMicros(engine::assess, samples, 4 * perRound);
        cpuMicros(byHand::assess, samples, 4 * perRound);
        List<Double> ratios = new ArrayList<>();
        List<Double> engineCosts = new ArrayList<>();
        List<Double> handCosts = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double byEngine = cpuMicros(engine::assess, samples, perRound);
            double handCoded = cpuMicros(byHand::assess, samples, perRound);
            engineCosts.add(byEngine);
            handCosts.add(handCoded);
            ratios.add(byEngine / handCoded);
        }
        System.out.printf("µs of CPU per assessment (median of %d rounds of %,d): engine %.1f, hand-coded %.2f%n",
                rounds, perRound, median(engineCosts), median(handCosts));
        System.out.printf("engine / hand-coded, round by round: median %.1fx (%.1f-%.1f)%n", median(ratios),
                Collections.min(ratios), Collections.max(ratios));
    }

    /** Runs {@code count} assessments, cycling through the samples, and returns this thread's CPU µs per one. */
    private static double cpuMicros(Function<Map<String, String>, Assessment> assess,
                                    List<Map<String, String>> samples, int count) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            findings += assess.apply(samples.get(i % samples.size())).findings().size();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / count;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}

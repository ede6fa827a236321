package org.monitoringadvisor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.engine.Advisor;

/**
 * CPU time (user + system, this thread's) per warm assessment on the built-in rule base, cycling through the
 * samples on one thread. On a machine shared with other work a JMH score mostly measures the share of a processor
 * the benchmark got; the thread's own CPU time hardly grows with waiting. {@link PairedCpu} runs this for two jars
 * in one process, in turn.
 *
 * <p>Usage: {@code java -cp JAR:bench/target/classes org.monitoringadvisor.bench.CpuPerAssessment [ROUNDS [N]]}:
 * after a warm-up, ROUNDS (default 5) rounds of N (default 20,000) assessments, each printed in microseconds.
 */
public final class CpuPerAssessment {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Advisor advisor;
    private static List<Map<String, String>> samples;
    private static int next;
    /** Keeps the results observable, so the JIT cannot drop the work. */
    public static long findings;

    private CpuPerAssessment() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        microsPerAssessment(2 * perRound);
        StringBuilder line = new StringBuilder("µs of CPU per assessment, this thread:");
        StringBuilder bytes = new StringBuilder("kB allocated per assessment:");
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) THREADS;
        for (int round = 0; round < rounds; round++) {
            long before = allocation.getCurrentThreadAllocatedBytes();
            line.append(String.format(" %.1f", microsPerAssessment(perRound)));
            bytes.append(String.format(" %.1f",
                    (allocation.getCurrentThreadAllocatedBytes() - before) / 1024.0 / perRound));
        }
        System.out.println(line + "\n" + bytes);
    }

    /** Runs {@code count} assessments, cycling through the samples, and returns this thread's CPU µs per one. */
    public static double microsPerAssessment(int count) {
        if (advisor == null) {
            advisor = Advisor.builtIn();
            samples = List.of(Samples.NAMES).stream().map(Samples::answers).toList();
        }
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            findings += advisor.assess(samples.get(next)).findings().size();
            next = (next + 1) % samples.size();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / count;
    }
}

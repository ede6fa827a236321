package org.monitoringadvisor.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two builds of the product in one JVM: each jar gets a class loader of its own (with these benchmark
 * classes), both are warmed up, then they take turns, ROUNDS rounds of N assessments each ({@link
 * CpuPerAssessment}), and the median of the round-by-round ratios new / old is printed. Taking turns every few
 * hundred milliseconds means a machine busy with other work slows both halves of a pair alike.
 *
 * <p>Usage: {@code java -cp bench/target/classes org.monitoringadvisor.bench.PairedCpu OLD.jar NEW.jar [ROUNDS [N]]}
 * (the shaded jars, {@code target/monitoring-advisor.jar}); run it from the repository root.
 */
public final class PairedCpu {

    private PairedCpu() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: PairedCpu OLD.jar NEW.jar [ROUNDS [N]]");
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int perRound = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        Build old = new Build(args[0]);
        Build now = new Build(args[1]);
        for (int warm = 0; warm < 10; warm++) {
            old.run(perRound * 2);
            now.run(perRound * 2);
        }
        List<Double> olds = new ArrayList<>();
        List<Double> news = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // Alternate which goes first, so neither always follows the other's garbage.
            boolean oldFirst = round % 2 == 0;
            double a = oldFirst ? old.run(perRound) : 0;
            double b = now.run(perRound);
            if (!oldFirst) {
                a = old.run(perRound);
            }
            olds.add(a);
            news.add(b);
            ratios.add(b / a);
        }
        System.out.printf("µs of CPU per assessment, median of %d rounds of %d: old %.1f, new %.1f; "
                + "new/old median %.3f (range %.3f-%.3f)%n", rounds, perRound, median(olds), median(news),
                median(ratios), ratios.stream().mapToDouble(d -> d).min().orElse(0),
                ratios.stream().mapToDouble(d -> d).max().orElse(0));
    }

    /** One jar, in a class loader of its own; Drools finds its parts through the context class loader. */
    private static final class Build {
        private final ClassLoader loader;
        private final Method measure;

        Build(String jar) throws Exception {
            URL bench = PairedCpu.class.getProtectionDomain().getCodeSource().getLocation();
            loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL(), bench},
                    ClassLoader.getPlatformClassLoader());
            measure = Class.forName(CpuPerAssessment.class.getName(), true, loader)
                    .getMethod("microsPerAssessment", int.class);
        }

        double run(int count) throws Exception {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return (double) measure.invoke(null, count);
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}

package org.monitoringadvisor.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Assessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generated rule bases of 50, 500 and 1,000 rules ({@link GeneratedRuleBase}): how long loading and compiling one
 * takes in a fresh JVM (cold: one shot per fork, class loading included, as {@code --rules DIR} does at start-up),
 * and what a warm assessment with every question answered costs on it.
 */
public class RuleBaseSizeBenchmark {

    /** The generated rule base, written once per trial. */
    @State(Scope.Benchmark)
    public static class RuleBase {
        @Param({"50", "500", "1000"})
        public int rules;

        GeneratedRuleBase generated;
        Path folder;

        @Setup(Level.Trial)
        public void write() {
            generated = new GeneratedRuleBase(rules);
            folder = generated.writeTo(Samples.temporaryFolder("rules-" + rules));
        }
    }

    /** The compiled advisor and one set of answers, for the warm assessment. */
    @State(Scope.Benchmark)
    public static class Compiled {
        Advisor advisor;
        Map<String, String> answers;

        @Setup(Level.Trial)
        public void compile(RuleBase base) {
            advisor = Advisor.fromFolder(base.folder);
            answers = base.generated.answers(42);
        }
    }

    /** Loads the catalogues and compiles the DRL into a KieBase, first thing in a fresh JVM. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(3)
    public Advisor buildCold(RuleBase base) {
        return Advisor.fromFolder(base.folder);
    }

    /** A warm assessment answering every question of the generated rule base. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public Assessment assess(Compiled compiled) {
        return compiled.advisor.assess(compiled.answers);
    }
}

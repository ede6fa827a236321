package org.monitoringadvisor.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.report.JsonReport;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.TextReport;

/**
 * Prints one SHA-256 over the assessments of COUNT random answer sets (the same sets for the same count and seed) by
 * the built-in rule base, and over the JSON and text reports of every hundredth: run it against the jar before and
 * after an engine change, and equal digests say every assessment came out the same, field for field, and those
 * reports byte for byte. With THREADS above 1 the sets are assessed on that many threads at once (a thousand at a
 * time, each thread every THREADS-th set) and digested in order, so the digest must be the one-thread digest: what
 * threads after the first assess on must conclude exactly what the first does.
 *
 * <p>Usage: {@code java -cp JAR:bench/target/benchmarks.jar org.monitoringadvisor.bench.ReportDigest COUNT [SEED [THREADS]]}
 */
public final class ReportDigest {

    private ReportDigest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            throw new IllegalArgumentException("usage: ReportDigest COUNT [SEED [THREADS]]");
        }
        int count = Integer.parseInt(args[0]);
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 16);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Advisor advisor = Advisor.builtIn();
        List<Question> questions = advisor.questions();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int first = 0; first < count; first += CHUNK) {
                List<Map<String, String>> chunk = new ArrayList<>();
                for (int i = first; i < Math.min(count, first + CHUNK); i++) {
                    // Anything from no answers to all of them, so rare branches and "I don't know" come up too.
                    chunk.add(RandomAnswers.draw(questions, random));
                }
                Assessment[] assessed = new Assessment[chunk.size()];
                List<Future<?>> running = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int start = t;
                    running.add(pool.submit(() -> {
                        for (int i = start; i < assessed.length; i += threads) {
                            assessed[i] = advisor.assess(chunk.get(i));
                        }
                    }));
                }
                for (Future<?> each : running) {
                    each.get();
                }
                for (int i = 0; i < assessed.length; i++) {
                    digest(digest, assessed[i], first + i, advisor);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println(count + " answer sets: " + HexFormat.of().formatHex(digest.digest()));
    }

    /** Answer sets assessed together, between two digests in order. */
    private static final int CHUNK = 1_000;

    /**
     * Every field of the assessment, nested records' included; rendering every report takes 20 times as long, so the
     * JSON and text reports are rendered for every hundredth set.
     */
    private static void digest(MessageDigest digest, Assessment assessment, int index, Advisor advisor) {
        digest.update(assessment.toString().getBytes(StandardCharsets.UTF_8));
        if (index % 100 == 0) {
            ReportInput input = ReportInput.of(assessment, advisor.knowledge(), Map.of());
            digest.update(JsonReport.render(input).getBytes(StandardCharsets.UTF_8));
            digest.update(TextReport.render(input).getBytes(StandardCharsets.UTF_8));
        }
    }
}

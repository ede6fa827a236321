package org.monitoringadvisor.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.report.JsonReport;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.TextReport;

/**
 * Prints one SHA-256 over the assessments of COUNT random answer sets (the same sets for the same count and seed) by
 * the built-in rule base, and over the JSON and text reports of every hundredth: run it against the jar before and
 * after an engine change, and equal digests say every assessment came out the same, field for field, and those
 * reports byte for byte.
 *
 * <p>Usage: {@code java -cp JAR:bench/target/classes org.monitoringadvisor.bench.ReportDigest COUNT [SEED]}
 */
public final class ReportDigest {

    private ReportDigest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: ReportDigest COUNT [SEED]");
        }
        int count = Integer.parseInt(args[0]);
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 16);
        Advisor advisor = Advisor.builtIn();
        List<Question> questions = advisor.questions();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < count; i++) {
            // Anything from no answers to all of them, so rare branches and "I don't know" answers come up too.
            int skipOneIn = 1 + random.nextInt(8);
            Map<String, String> answers = new LinkedHashMap<>();
            for (Question question : questions) {
                if (random.nextInt(skipOneIn + 1) > 0) {
                    List<String> values = question.values();
                    answers.put(question.id(), values.get(random.nextInt(values.size())));
                }
            }
            Assessment assessment = advisor.assess(answers);
            // Every field of the assessment, nested records' included; rendering every report takes 20 times as
            // long, so the JSON and text reports are rendered for every hundredth set.
            digest.update(assessment.toString().getBytes(StandardCharsets.UTF_8));
            if (i % 100 == 0) {
                ReportInput input = ReportInput.of(assessment, advisor.knowledge(), Map.of());
                digest.update(JsonReport.render(input).getBytes(StandardCharsets.UTF_8));
                digest.update(TextReport.render(input).getBytes(StandardCharsets.UTF_8));
            }
        }
        System.out.println(count + " answer sets: " + HexFormat.of().formatHex(digest.digest()));
    }
}

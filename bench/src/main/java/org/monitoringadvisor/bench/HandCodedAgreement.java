package org.monitoringadvisor.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;

/**
 * Whether {@link HandCodedRules} still gives the engine's whole assessment (findings, explanations, order, relevant
 * questions, lead-with picks) for the samples and thousands of made-up answer sets, and whether those sets reach
 * every finding of the catalogue. The benchmarks that divide by the hand-coded cost check this first; a baseline
 * that gives other answers would make the ratio meaningless.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.monitoringadvisor.bench.HandCodedAgreement [SETS]}
 * (default 3,000), from the repository root; it exits with 1 and names the first answer set the two disagree on.
 */
public final class HandCodedAgreement {

    /** How many made-up answer sets the benchmarks check before they measure. */
    public static final int RANDOM_SETS = 3_000;

    private HandCodedAgreement() {
    }

    public static void main(String[] args) {
        int sets = args.length > 0 ? Integer.parseInt(args[0]) : RANDOM_SETS;
        Advisor engine = Advisor.builtIn();
        try {
            Set<String> reached = check(engine, new HandCodedRules(engine.knowledge()), sets);
            System.out.printf("the hand-coded rules agree with the engine on the %d samples and %,d made-up answer"
                    + " sets, which reach %d of the catalogue's findings%n", Samples.NAMES.length, sets,
                    reached.size());
        } catch (IllegalStateException disagreement) {
            System.err.println(disagreement.getMessage());
            System.exit(1);
        }
    }

    /**
     * Checks the two on the samples and {@code sets} answer sets drawn with a fixed seed, and returns the findings
     * the hand-coded rules reached.
     *
     * @throws IllegalStateException naming the first answer set they disagree on, or the findings never reached
     */
    public static Set<String> check(Advisor engine, HandCodedRules byHand, int sets) {
        for (String sample : Samples.NAMES) {
            agree(engine, byHand, Samples.answers(sample), "sample " + sample);
        }
        Random random = new Random(2026);
        Set<String> reached = new TreeSet<>();
        for (int i = 0; i < sets; i++) {
            Assessment assessed = agree(engine, byHand, RandomAnswers.draw(engine.questions(), random),
                    "made-up answer set " + i);
            assessed.findings().forEach(finding -> reached.add(finding.id()));
        }
        Set<String> missed = new TreeSet<>(engine.knowledge().findings().all().stream().map(f -> f.id()).toList());
        missed.removeAll(reached);
        if (sets >= RANDOM_SETS && !missed.isEmpty()) {
            throw new IllegalStateException("the made-up answer sets never reached " + missed
                    + ", so the hand-coded rules for them were not checked");
        }
        return reached;
    }

    private static Assessment agree(Advisor engine, HandCodedRules byHand, Map<String, String> answers, String what) {
        Assessment expected = engine.assess(answers);
        Assessment actual = byHand.assess(answers);
        if (!actual.equals(expected)) {
            throw new IllegalStateException("the hand-coded rules no longer give the engine's assessment for " + what
                    + " (a rule changed since HandCodedRules was written?)\n answers: " + answers
                    + "\n engine: " + explained(expected) + "\n hand:   " + explained(actual));
        }
        return expected;
    }

    /** Each finding as its id and the answers it rests on, in report order. */
    private static List<String> explained(Assessment assessment) {
        return assessment.findings().stream().map(HandCodedAgreement::explained).toList();
    }

    private static String explained(Finding finding) {
        return finding.id() + " " + finding.because().stream().map(r -> r.question() + "=" + r.value()).toList();
    }
}

package org.monitoringadvisor.handcoded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;

/**
 * The hand-coded baseline of the throughput benchmark must evaluate exactly the built-in rules: for the samples and
 * thousands of made-up answer sets it gives the engine's findings, and indeed the engine's whole assessment. A rule
 * change that is not carried into {@link HandCodedRules} fails here, so the engine / hand-coded ratio cannot
 * quietly compare different work.
 */
class HandCodedRulesTest {

    private static final int RANDOM_SETS = 3_000;

    private final Advisor engine = Advisor.builtIn();
    private final HandCodedRules byHand = new HandCodedRules(engine.knowledge());

    @Test
    void theSamplesGiveTheEnginesAssessment() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("facts-samples"))) {
            samples = files.filter(f -> f.toString().matches(".*\\.(yaml|json)")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(7);
        for (Path sample : samples) {
            Map<String, String> answers = AnswersFileReader.read(sample).answers();
            assertSame(answers, sample.getFileName().toString());
        }
    }

    @Test
    void randomAnswerSetsGiveTheEnginesAssessment() {
        Random random = new Random(2026);
        List<Question> questions = engine.questions();
        int withFindingsBehindJudgements = 0;
        for (int i = 0; i < RANDOM_SETS; i++) {
            Map<String, String> answers = RandomAnswers.draw(questions, random);
            Assessment assessed = assertSame(answers, "answer set " + i);
            if (assessed.findings().stream().anyMatch(f -> f.because().size() > 1)) {
                withFindingsBehindJudgements++;
            }
        }
        // The draw must reach the rules with several conditions, not only the one-answer findings.
        assertThat(withFindingsBehindJudgements).isGreaterThan(RANDOM_SETS / 3);
    }

    @Test
    void everyFindingOfTheRuleBaseComesUp() {
        Random random = new Random(16);
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < RANDOM_SETS; i++) {
            byHand.assess(RandomAnswers.draw(engine.questions(), random)).findings()
                    .forEach(f -> seen.add(f.id()));
        }
        List<String> catalogue = engine.knowledge().findings().all().stream().map(f -> f.id()).sorted().toList();
        assertThat(seen).as("findings the random sets reach through the hand-coded rules")
                .containsExactlyElementsOf(catalogue);
    }

    private Assessment assertSame(Map<String, String> answers, String what) {
        Assessment expected = engine.assess(answers);
        Assessment actual = byHand.assess(answers);
        assertThat(ids(actual)).as("%s: finding ids (%s)", what, answers).isEqualTo(ids(expected));
        assertThat(explained(actual)).as("%s: findings in report order, with the answers behind them (%s)", what,
                answers).isEqualTo(explained(expected));
        assertThat(actual.asked()).as("%s: relevant questions (%s)", what, answers).isEqualTo(expected.asked());
        assertThat(actual.leadWith()).as("%s: lead-with picks (%s)", what, answers).isEqualTo(expected.leadWith());
        assertThat(actual).as("%s: the whole assessment", what).isEqualTo(expected);
        return expected;
    }

    /** Each finding as one short line: its id, its rule and the answers it rests on. */
    private static List<String> explained(Assessment assessment) {
        return assessment.findings().stream().map(f -> f.id() + " (" + f.rule() + ") because "
                + f.because().stream().map(r -> r.question() + "=" + r.value()).toList()).toList();
    }

    private static List<String> ids(Assessment assessment) {
        return assessment.findings().stream().map(Finding::id).sorted().toList();
    }
}

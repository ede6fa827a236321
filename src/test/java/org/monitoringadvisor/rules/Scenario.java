package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.SourceKind;

/**
 * Given/then for rule tests: {@code given("personal-use", "banned").then().hasGap("personal-use-banned")}.
 * Runs on the built-in rule base, which is compiled once for the whole test run.
 */
final class Scenario {

    private final Map<String, String> answers = new LinkedHashMap<>();

    private Scenario() {
    }

    static Scenario given(String... questionValuePairs) {
        Scenario scenario = new Scenario();
        for (int i = 0; i < questionValuePairs.length; i += 2) {
            scenario.answers.put(questionValuePairs[i], questionValuePairs[i + 1]);
        }
        return scenario;
    }

    Outcome then() {
        return new Outcome(Advisor.builtIn().assess(answers), answers);
    }

    /** The questions an interview asks when given these answers, in order. */
    List<String> askedQuestions() {
        try (Interview interview = Advisor.builtIn().startInterview()) {
            interview.answerAll(answers);
            return interview.relevant().stream().map(Question::id).toList();
        }
    }

    record Outcome(Assessment assessment, Map<String, String> answers) {

        Outcome hasGap(String id) {
            return has(FindingKind.GAP, id);
        }

        Outcome hasStrength(String id) {
            return has(FindingKind.STRENGTH, id);
        }

        Outcome hasAsk(String id) {
            return has(FindingKind.ASK, id);
        }

        Outcome has(FindingKind kind, String id) {
            assertThat(assessment.findings()).as("findings for %s", answers)
                    .anySatisfy(f -> {
                        assertThat(f.id()).isEqualTo(id);
                        assertThat(f.kind()).isEqualTo(kind);
                    });
            return this;
        }

        Outcome lacks(String id) {
            assertThat(assessment.findings().stream().map(Finding::id)).as("findings for %s", answers)
                    .doesNotContain(id);
            return this;
        }

        Outcome citing(String id, String guidanceId) {
            assertThat(finding(id).guidance()).contains(guidanceId);
            return this;
        }

        Outcome basedOn(String id, SourceKind basis) {
            assertThat(finding(id).basis()).as("basis of %s", id).isEqualTo(basis);
            return this;
        }

        Outcome because(String id, String question, String value) {
            assertThat(finding(id).because()).anySatisfy(r -> {
                assertThat(r.question()).isEqualTo(question);
                assertThat(r.value()).isEqualTo(value);
            });
            return this;
        }

        Finding finding(String id) {
            return assessment.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no finding " + id + " in " + assessment.findings()
                            .stream().map(Finding::id).toList()));
        }
    }
}

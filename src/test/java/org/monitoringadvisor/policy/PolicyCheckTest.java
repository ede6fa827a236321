package org.monitoringadvisor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.policy.reading.ReadingRules.DrlFile;

/** The policy-reading scenarios are read with the positioned reader: each problem names its file, line and column. */
class PolicyCheckTest {

    private static final String FILE = "my-rules/policy-reading/scenarios/mine.yaml";

    private static PolicyCheck.Result check(String scenarios) {
        PolicyKnowledge builtIn = PolicyKnowledge.builtIn();
        PolicyKnowledge knowledge = new PolicyKnowledge(builtIn.cuesLocation(), builtIn.cues(), builtIn.drl(),
                List.of(new DrlFile("mine.yaml", FILE, scenarios)));
        return PolicyCheck.check(knowledge, Advisor.builtIn().questions());
    }

    @Test
    void theBuiltInScenariosPass() {
        PolicyCheck.Result result = PolicyCheck.check(PolicyKnowledge.builtIn(), Advisor.builtIn().questions());

        assertThat(result.problems()).isEmpty();
        assertThat(result.scenarios()).isPositive();
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtItsLine() {
        PolicyCheck.Result result = check("""
                scenarios:
                  - name: Broken
                    text: "All traffic is logged.
                    suggests: {monitoring-practice: routine}
                """);

        assertThat(result.problems()).singleElement().asString().startsWith(FILE + ":3:").contains(": error: not valid YAML");
    }

    @Test
    void aFailedExpectationIsReportedAtTheLineOfTheExpectedValue() {
        PolicyCheck.Result result = check("""
                scenarios:
                  - name: A plain statement of logging is routine monitoring
                    text: All internet traffic is automatically logged.
                    suggests: {monitoring-practice: routine}

                  - name: Silence settles nothing
                    text: Passwords must be at least twelve characters long.
                    suggests:
                      monitoring-practice: routine
                """);

        assertThat(result.problems()).containsExactly(FILE + ":9:28: error: scenario \"Silence settles nothing\": "
                + "expected monitoring-practice=routine to be suggested, but nothing was suggested");
        assertThat(result.scenarios()).isEqualTo(2);
    }

    @Test
    void anUnknownQuestionOrValueIsReportedWhereItIsWritten() {
        PolicyCheck.Result result = check("""
                scenarios:
                  - name: Logging
                    text: All internet traffic is automatically logged.
                    suggests: {monitoring-practice: always}
                  - text: No one reads staff email.
                """);

        assertThat(result.problems()).containsExactly(
                FILE + ":4:37: error: scenario \"Logging\": expects monitoring-practice=always, which is not a "
                        + "question and value of the questionnaire");
    }

    @Test
    void aFileWithoutAScenariosListSaysSo() {
        assertThat(check("name: just one\n").problems())
                .containsExactly(FILE + ":1:1: error: expected a \"scenarios\" list");
    }
}

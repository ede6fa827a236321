package org.monitoringadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.authoring.ScenarioResult.Mismatch;
import org.monitoringadvisor.engine.Advisor;

/** Running scenarios: met expectations pass; each unmet one is listed beside what happened instead. */
class ScenarioRunnerTest {

    @TempDir
    Path dir;

    private Advisor advisor;
    private ScenarioReader reader;

    @BeforeEach
    void tinyRuleBase() {
        advisor = Advisor.fromFolder(TinyRuleBase.in(dir).folder());
        reader = ScenarioReader.forRuleBase(advisor.knowledge());
    }

    private ScenarioResult run(String scenario) {
        List<Scenario> scenarios = reader.read(new ScenarioSource("s.yaml", "scenarios:\n" + scenario));
        return new ScenarioRunner(advisor).run(scenarios.get(0));
    }

    @Test
    void aScenarioWhoseExpectationsHoldPassesAndRecordsTheRulesThatFired() {
        ScenarioResult result = run("""
                  - name: A ban is a gap
                    given: {personal-use: banned, monitoring-practice: none}
                    present: [personal-use-banned, {kind: gap, rule: "A ban on personal use is a gap"}]
                    absent: [personal-use-allowed, {kind: strength}]
                    asked: [personal-use, monitoring-practice]
                """);

        assertThat(result.passed()).isTrue();
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.firedRules()).containsExactly("A ban on personal use is a gap",
                "Every assessment asks about personal use and monitoring");
        assertThat(result.findings()).extracting(f -> f.id()).containsExactly("personal-use-banned");
    }

    @Test
    void aLeadWithThatDiffersFromTheRulesChoiceFailsAndSaysWhatTheyChose() {
        // The tiny rule base has no lead-with rules, so it leads with nothing.
        ScenarioResult result = run("""
                  - name: Expects a lead
                    given: {personal-use: banned}
                    lead-with: [personal-use-banned]
                """);

        assertThat(result.passed()).isFalse();
        assertThat(result.mismatches()).extracting(Mismatch::actual).containsExactly("leads with []");
    }

    @Test
    void everyUnmetExpectationIsListedWithWhatWasFoundInstead() {
        ScenarioResult result = run("""
                  - name: Wrong on purpose
                    given: {personal-use: banned}
                    present:
                      - personal-use-allowed
                      - {id: personal-use-banned, kind: strength}
                    absent: [{kind: gap}]
                    not-asked: [monitoring-practice]
                """);

        assertThat(result.passed()).isFalse();
        assertThat(result.mismatches()).containsExactly(
                new Mismatch("present   personal-use-allowed", "no such finding"),
                new Mismatch("present   {id: personal-use-banned, kind: strength}",
                        "found only personal-use-banned (gap, high, rule \"A ban on personal use is a gap\")"),
                new Mismatch("absent    {kind: gap}",
                        "found personal-use-banned (gap, high, rule \"A ban on personal use is a gap\")"),
                new Mismatch("not-asked monitoring-practice",
                        "asked, made relevant by rule \"Every assessment asks about personal use and monitoring\""));
    }

    @Test
    void aQuestionExpectedButNotAskedIsAMismatch() {
        TinyRuleBase.in(dir).replace("tiny.drl", "    insertLogical( new Ask( \"monitoring-practice\" ) );\n", "");
        advisor = Advisor.fromFolder(dir);

        ScenarioResult result = run("""
                  - name: Monitoring is asked
                    asked: [monitoring-practice]
                """);

        assertThat(result.mismatches()).containsExactly(
                new Mismatch("asked     monitoring-practice", "not asked: no rule made it relevant"));
    }

    @Test
    void theReportShowsExpectedBesideActualAndASummary() {
        ScenarioResult failing = run("""
                  - name: Wrong on purpose
                    given: {personal-use: banned}
                    present: [personal-use-allowed]
                """);
        ScenarioResult passing = run("""
                  - name: Right
                    given: {personal-use: banned}
                    present: [personal-use-banned]
                """);

        String report = ScenarioReport.results(List.of(passing, failing), 1);

        assertThat(report).isEqualTo("""
                PASS  s.yaml:2  Right
                FAIL  s.yaml:2  Wrong on purpose
                      expected                          actual
                      present   personal-use-allowed    no such finding
                      findings: personal-use-banned (gap)
                      asked:    personal-use, monitoring-practice

                2 scenarios in 1 file: 1 passed, 1 failed
                """);
    }

    @Test
    void coverageNamesRulesNeverFiredQuestionsNeverAskedAndFindingsPinnedOnlyOneWay() {
        ScenarioResult result = run("""
                  - name: Only the ban
                    given: {personal-use: banned}
                    present: [personal-use-banned]
                    absent: [personal-use-allowed]
                """);

        Coverage coverage = Coverage.of(advisor.knowledge(), List.of(result));

        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.rulesNeverFired()).containsExactly(
                dir.resolve("tiny.drl") + ":22: \"Allowing personal use is a strength\"",
                dir.resolve("tiny.drl") + ":30: \"Routine monitoring is a gap\"",
                dir.resolve("tiny.drl") + ":38: \"Not knowing how use is monitored is a question for management\"");
        assertThat(coverage.questionsNeverAsked()).isEmpty();
        assertThat(coverage.findingsNeverExpected()).containsExactly("personal-use-allowed", "routine-monitoring",
                "ask-monitoring-practice");
        assertThat(coverage.findingsNeverExcluded()).containsExactly("personal-use-banned", "routine-monitoring",
                "ask-monitoring-practice");
        assertThat(ScenarioReport.coverage(coverage)).contains("rules fired: 2 of 5", "questions asked: 2 of 2",
                "never expected absent:\n      personal-use-banned");
    }
}

package org.monitoringadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleLoopException;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.KnowledgeFiles;

/**
 * A rule whose consequence re-triggers itself is stopped after the firing limit and named: by the engine, by
 * {@code check} at the rule's line, and by the scenario runner as an error, never a hang.
 */
public class RunawayRulesTest {

    /** Each firing changes the counter it matched, which makes it match again; the rule beside it fires once. */
    public static final String RUNAWAY = """
            package rules;
            import org.monitoringadvisor.model.*;

            declare Counter
                count : int
            end

            rule "Start a counter once monitoring is answered"
                @guidance("test/monitoring")
            when
                Answer( question == "monitoring-practice" )
            then
                insertLogical( new Counter( 0 ) );
            end

            rule "Count for ever"
                @guidance("test/monitoring")
            when
                $counter : Counter( count >= 0 )
            then
                modify( $counter ) { setCount( $counter.getCount() + 1 ) }
            end
            """;

    @TempDir
    Path dir;

    private TinyRuleBase looping() {
        return TinyRuleBase.in(dir).write("runaway.drl", RUNAWAY);
    }

    @Test
    void theEngineStopsTheLoopAndNamesOnlyTheRunawayRule() {
        Advisor advisor = Advisor.fromFolder(looping().folder());

        assertThat(advisor.assess(Map.of("personal-use", "banned")).findings()).isNotEmpty();
        assertThatThrownBy(() -> advisor.assess(Map.of("monitoring-practice", "routine")))
                .isInstanceOfSatisfying(RuleLoopException.class, e -> {
                    assertThat(e.rules()).containsExactly("Count for ever");
                    assertThat(e.getMessage()).contains("fired 10000 times", "\"Count for ever\"")
                            .doesNotContain("Start a counter");
                });
    }

    @Test
    void checkReportsTheRunawayAsAnErrorAtTheRule() {
        TinyRuleBase base = looping();

        CheckReport report = RuleBaseCheck.check(KnowledgeFiles.folder(base.folder()),
                () -> ScenarioSources.ofRulesFolder(base.folder()));

        List<RuleProblem> errors = report.problems().stream().filter(RuleProblem::isError).toList();
        assertThat(errors).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(base.folder().resolve("runaway.drl").toString());
            assertThat(p.line()).isEqualTo(16);
            assertThat(p.message()).startsWith("rule \"Count for ever\" looks like a runaway: run with every answer "
                    + "unknown, the rules fired 10000 times without settling and were stopped");
        });
        assertThat(errors).noneSatisfy(p -> assertThat(p.message()).startsWith("scenario"));
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.toString()).endsWith(
                "runaway.drl:21:5: warning: modify(...) changes facts by hand; rules here only insertLogical new facts, "
                        + "which truth maintenance withdraws by itself (and a modify can re-trigger rules in a loop)"));
    }

    @Test
    void aRunawayOnlyAScenarioSetsOffIsReportedAtTheRuleNotTheScenario() {
        TinyRuleBase base = TinyRuleBase.in(dir).write("runaway.drl", RUNAWAY.replace(
                "Answer( question == \"monitoring-practice\" )",
                "Answer( question == \"monitoring-practice\", value == \"routine\" )"));

        CheckReport report = RuleBaseCheck.check(KnowledgeFiles.folder(base.folder()),
                () -> ScenarioSources.ofRulesFolder(base.folder()));

        List<String> errors = report.problems().stream().filter(RuleProblem::isError).map(RuleProblem::toString)
                .map(s -> s.replace(dir + "/", "")).toList();
        assertThat(errors).containsExactly("runaway.drl:16:1: error: rule \"Count for ever\" looks like a runaway: "
                + "run by scenario \"Allowed use is a strength\" (scenarios/tiny.yaml:6), the rules fired 10000 times "
                + "without settling and were stopped; the busiest were \"Count for ever\" (10000 firings) (look for a "
                + "rule whose consequence re-triggers its own conditions)");
    }

    @Test
    void aScenarioThatLoopsIsAnErrorResultWithTheFiringsSoFar() {
        Advisor advisor = Advisor.fromFolder(looping().folder());
        Scenario scenario = ScenarioReader.forRuleBase(advisor.knowledge()).read(new ScenarioSource("s.yaml", """
                scenarios:
                  - name: Monitoring answered
                    given: {monitoring-practice: routine}
                    present: [routine-monitoring]
                """)).get(0);

        ScenarioResult result = new ScenarioRunner(advisor).run(scenario);

        assertThat(result.passed()).isFalse();
        assertThat(result.error()).contains("\"Count for ever\" (10000 firings)");
        assertThat(result.firings()).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(ScenarioReport.results(List.of(result), 1)).startsWith("ERROR s.yaml:2  Monitoring answered\n")
                .endsWith("1 scenario in 1 file: 0 passed, 0 failed, 1 could not run\n");
    }
}

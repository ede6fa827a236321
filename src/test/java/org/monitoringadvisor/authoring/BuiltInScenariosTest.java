package org.monitoringadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.model.Question;

/**
 * The scenarios that ship with the built-in rule base (src/main/resources/rules/scenarios) all pass, and together
 * they make every rule fire, ask every question, and pin every finding both present and absent. A rule added
 * without scenarios fails here.
 */
class BuiltInScenariosTest {

    private static List<ScenarioResult> results;

    @BeforeAll
    static void runAll() {
        Advisor advisor = Advisor.builtIn();
        ScenarioReader reader = ScenarioReader.forRuleBase(advisor.knowledge());
        List<Scenario> scenarios = new ArrayList<>();
        ScenarioSources.builtIn().forEach(source -> scenarios.addAll(reader.read(source)));
        results = new ScenarioRunner(advisor).runAll(scenarios);
    }

    @Test
    void everyBuiltInScenarioPasses() {
        assertThat(results).hasSizeGreaterThan(40);
        assertThat(results).filteredOn(r -> !r.passed())
                .as(() -> ScenarioReport.results(results, ScenarioSources.builtIn().size())).isEmpty();
    }

    @Test
    void theScenariosCoverEveryRuleQuestionAndFindingBothWays() {
        Coverage coverage = Coverage.of(Advisor.builtIn().knowledge(), results);

        assertThat(coverage.complete()).as(() -> ScenarioReport.coverage(coverage)).isTrue();
    }

    @Test
    void everyQuestionAskedOnlyInSomeCasesHasAScenarioWhereItIsNotAsked() {
        Set<String> askedFromTheStart;
        try (Interview interview = Advisor.builtIn().startInterview()) {
            askedFromTheStart = interview.relevant().stream().map(Question::id).collect(Collectors.toSet());
        }
        Set<String> pinnedNotAsked = results.stream().flatMap(r -> r.scenario().notAsked().stream())
                .collect(Collectors.toSet());

        List<String> conditional = Advisor.builtIn().questions().stream().map(Question::id)
                .filter(id -> !askedFromTheStart.contains(id)).toList();
        assertThat(conditional).isNotEmpty();
        assertThat(pinnedNotAsked).containsAll(conditional);
    }

    @Test
    void checkFindsNothingWrongWithTheBuiltInRuleBase() {
        CheckReport report = RuleBaseCheck.check(KnowledgeFiles.builtIn(), ScenarioSources::builtIn);

        assertThat(report.problems()).isEmpty();
        assertThat(report.scenarios()).isEqualTo(results.size());
    }
}

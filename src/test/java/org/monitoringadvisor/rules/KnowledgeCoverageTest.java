package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.model.Source;

/** Every guidance point is cited by a rule and every finding in the catalogue is concluded by one. */
class KnowledgeCoverageTest {

    private static final Pattern GUIDANCE = Pattern.compile("@guidance\\(\"([^\"]*)\"\\)");
    private final Knowledge knowledge = Advisor.builtIn().knowledge();

    private String citedIds() {
        StringBuilder ids = new StringBuilder();
        for (Knowledge.RuleFile file : knowledge.ruleFiles()) {
            Matcher matcher = GUIDANCE.matcher(file.text());
            while (matcher.find()) {
                ids.append(',').append(matcher.group(1).replace(" ", "")).append(',');
            }
        }
        return ids.toString();
    }

    @Test
    void everyGuidancePointIsCitedBySomeRule() {
        String cited = citedIds();
        assertThat(knowledge.sources().all()).extracting(Source::id)
                .allSatisfy(id -> assertThat(cited).as(id).contains("," + id + ","));
    }

    @Test
    void everyFindingInTheCatalogueIsConcludedBySomeRule() {
        String rules = knowledge.ruleFiles().stream().map(Knowledge.RuleFile::text).collect(Collectors.joining());
        assertThat(knowledge.findings().all()).extracting(FindingText::id)
                .allSatisfy(id -> assertThat(rules).as(id).contains("new Conclusion( \"" + id + "\" )"));
    }
}

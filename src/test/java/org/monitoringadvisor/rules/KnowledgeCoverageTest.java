package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.model.Source;

/**
 * Every guidance point is cited by a rule and reached by a finding that fires, and every finding in the catalogue
 * is concluded by a rule.
 */
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
    void everyGuidancePointIsReachedByAFindingThatFires() {
        Advisor advisor = Advisor.builtIn();
        Map<String, String> poor = new HashMap<>(Map.of("monitoring-practice", "routine", "monitoring-disclosed",
                "no", "employer-sector", "public", "monitoring-content", "content-routinely",
                "interception-notice", "no", "monitoring-data-access", "managers-freely",
                "monitoring-retention", "not-stated", "monitoring-data-use", "any-purpose",
                "device-monitoring-tools", "webcam", "automated-decisions", "yes"));
        poor.putAll(Map.of("monitoring-reach", "own-devices", "social-media-out-of-hours", "yes",
                "covert-monitoring", "allowed-without-limits", "lawful-basis-consent", "yes",
                "dpia-done", "yes-not-shared", "dpia-union-views", "no", "explanation-first", "no",
                "union-email-addresses", "no", "filter-blocks-lgbt-terms", "yes"));
        poor.putAll(Map.of("union-activists-targeted", "yes", "activity-scores-used", "yes",
                "personal-messages-protected", "not-protected"));
        Map<String, String> seedGaps = Map.of("policy-exists", "yes", "policy-agreed-with-union", "imposed",
                "personal-use", "banned", "social-media-access", "blocked", "website-restrictions", "none",
                "email-content-rules", "none");
        Set<String> reached = new HashSet<>();
        Map<String, String> noAssessment = Map.of("monitoring-practice", "on-suspicion-only", "dpia-done", "no",
                "union-email-addresses", "unknown");
        Map<String, String> privateEmployer = Map.of("monitoring-practice", "routine", "employer-sector", "private",
                "monitoring-disclosed", "partly");
        for (Map<String, String> answers : List.of(poor, seedGaps, noAssessment, privateEmployer)) {
            advisor.assess(answers).findings().forEach(f -> reached.addAll(f.guidance()));
        }

        assertThat(reached).containsAll(knowledge.sources().all().stream().map(Source::id).toList());
    }

    @Test
    void everyFindingInTheCatalogueIsConcludedBySomeRule() {
        String rules = knowledge.ruleFiles().stream().map(Knowledge.RuleFile::text).collect(Collectors.joining());
        assertThat(knowledge.findings().all()).extracting(FindingText::id)
                .allSatisfy(id -> assertThat(rules).as(id).contains("new Conclusion( \"" + id + "\" )"));
    }
}

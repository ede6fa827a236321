package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Finding;

/** Every seed guidance id is in the source catalogue and reached by some answer set. */
class GuidanceCoverageTest {

    static final List<String> SEED_IDS = List.of(
            "unison-2014/proportionate-use-benefits-both", "unison-2014/balanced-agreement",
            "unison-2014/arg-work-life-balance", "unison-2014/arg-recruitment-retention",
            "unison-2014/arg-work-networking", "unison-2014/arg-fewer-disciplinaries",
            "unison-2014/monitor-only-on-suspicion", "unison-2014/disclose-routine-monitoring",
            "unison-2014/explanation-first", "unison-2014/union-email-privacy",
            "unison-2014/no-lgbt-keyword-filtering", "unison-2014/specify-website-restrictions",
            "unison-2014/specify-prohibited-email-content", "unison-2014/allow-responsible-personal-use",
            "unison-2014/no-social-network-bans");

    @Test
    void everySeedGuidanceIdIsCitedByAFindingThatFires() {
        Advisor advisor = Advisor.builtIn();
        List<Map<String, String>> answerSets = List.of(
                Map.of("policy-exists", "yes", "policy-agreed-with-union", "imposed", "personal-use", "banned",
                        "social-media-access", "blocked", "monitoring-practice", "routine",
                        "monitoring-disclosed", "no", "explanation-first", "no", "union-email-addresses", "yes",
                        "union-email-privacy", "not-guaranteed", "filter-blocks-lgbt-terms", "yes"),
                Map.of("website-restrictions", "none", "email-content-rules", "none"));
        Set<String> reached = new HashSet<>();
        for (Map<String, String> answers : answerSets) {
            advisor.assess(answers).findings().stream().map(Finding::guidance).forEach(reached::addAll);
        }

        for (String id : SEED_IDS) {
            assertThat(advisor.source(id)).as("source catalogue entry for %s", id).isPresent();
        }
        assertThat(reached).containsAll(SEED_IDS);
    }
}

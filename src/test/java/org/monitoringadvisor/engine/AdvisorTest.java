package org.monitoringadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;

/** The front door: validation, relevance, determinism and sharing across threads. */
class AdvisorTest {

    private final Advisor advisor = Advisor.builtIn();

    @Test
    void rejectsAnUnknownQuestionNamingIt() {
        assertThatThrownBy(() -> advisor.assess(Map.of("personal_use", "banned")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("personal_use").hasMessageContaining("personal-use");
    }

    @Test
    void rejectsAValueOutsideTheAllowedOnesListingThem() {
        assertThatThrownBy(() -> advisor.assess(Map.of("personal-use", "baned")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("baned").hasMessageContaining("allowed, limited, banned, unknown");
    }

    @Test
    void rejectsANullArgumentNamingTheParameter() {
        assertThatThrownBy(() -> advisor.assess(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("answers");
    }

    @Test
    void anAnswerToAQuestionThatDoesNotApplyIsKeptAndHasNoEffect() {
        Assessment result = advisor.assess(Map.of("monitoring-practice", "none", "monitoring-disclosed", "no"));

        assertThat(result.answers()).containsEntry("monitoring-disclosed", "no");
        assertThat(result.findings()).extracting(Finding::id)
                .contains("no-monitoring").doesNotContain("routine-monitoring-undisclosed");
    }

    @Test
    void answersAreReturnedInCatalogueOrder() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("email-content-rules", "none");
        given.put("policy-exists", "no");
        assertThat(advisor.assess(given).answers().keySet()).containsExactly("policy-exists", "email-content-rules");
    }

    @Test
    void gapsComeBeforeAsksBeforeStrengthsAndHighPriorityFirst() {
        Assessment result = advisor.assess(Map.of("policy-exists", "unknown", "personal-use", "allowed",
                "website-restrictions", "vague", "filter-blocks-lgbt-terms", "yes"));

        assertThat(result.findings()).extracting(Finding::id).containsExactly("filters-block-lgbt-terms",
                "lgbt-filtering-equality-argument", "website-restrictions-vague", "ask-policy-exists",
                "personal-use-allowed");
    }

    @Test
    void everyCatalogueQuestionAllowsUnknownLast() {
        for (Question question : advisor.questions()) {
            assertThat(question.values()).last().as(question.id()).isEqualTo("unknown");
        }
    }

    @Test
    void findingsFromDerivedJudgementsAreExplainedByTheAnswersBehindThem() {
        Finding regime = advisor.assess(Map.of("personal-use", "banned", "social-media-access", "blocked"))
                .findings().stream().filter(f -> f.id().equals("heavy-handed-regime")).findFirst().orElseThrow();

        assertThat(regime.because()).extracting(r -> r.question() + "=" + r.value())
                .containsExactly("personal-use=banned", "social-media-access=blocked");
        assertThat(regime.because().get(0).questionText()).startsWith("May staff use work email");
    }

    @Test
    void manyThreadsSharingOneAdvisorGetTheSameResultsAsOne() throws Exception {
        List<Map<String, String>> answerSets = List.of(
                Map.of("personal-use", "banned", "social-media-access", "blocked"),
                Map.of("monitoring-practice", "routine", "monitoring-disclosed", "partly"),
                Map.of("policy-exists", "yes", "policy-agreed-with-union", "imposed", "policy-publicised", "not"),
                Map.of("union-email-addresses", "yes", "union-email-privacy", "unknown"));
        List<Assessment> expected = answerSets.stream().map(advisor::assess).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int set = i % answerSets.size();
                checks.add(pool.submit(() -> advisor.assess(answerSets.get(set)).equals(expected.get(set))));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBuiltInRulesReadingBegunEarlyGivesTheSharedAdvisor() {
        Advisor.prepareBuiltIn(); // after the advisor is built, as here, it does nothing
        Advisor.prepareBuiltIn();

        assertThat(Advisor.builtIn()).isSameAs(advisor);
        assertThat(Advisor.builtIn().assess(Map.of("personal-use", "banned")).findings())
                .extracting(Finding::id).contains("personal-use-banned");
    }
}

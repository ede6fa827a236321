package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;

/** The questions beyond the seed are asked only where the employer monitors, so a simple case stays short. */
class RelevanceBeyondTheSeedTest {

    /** Asked as soon as the employer is found to monitor, routinely or on suspicion. */
    private static final List<String> MONITORING_FOLLOW_UPS = List.of("employer-sector", "monitoring-content",
            "monitoring-data-access", "monitoring-retention", "monitoring-data-use", "device-monitoring-tools",
            "automated-decisions", "monitoring-reach", "social-media-out-of-hours", "covert-monitoring",
            "lawful-basis-consent", "dpia-done");

    /** Asked only when a follow-up answer calls for them. */
    private static final List<String> SECOND_LEVEL = List.of("interception-notice", "dpia-union-views");

    @Test
    void aWorkplaceWithoutMonitoringIsAskedOnlyTheSeedQuestions() {
        List<String> asked = given("policy-exists", "no", "monitoring-practice", "none").askedQuestions();

        assertThat(asked).doesNotContainAnyElementsOf(MONITORING_FOLLOW_UPS).doesNotContainAnyElementsOf(SECOND_LEVEL);
        // Without a written policy, the questions about what the policy says are withdrawn too.
        assertThat(asked).containsExactly("policy-exists", "personal-use", "social-media-access",
                "monitoring-practice", "union-email-addresses", "filter-blocks-lgbt-terms");
    }

    @Test
    void notKnowingAboutMonitoringDoesNotOpenTheFollowUps() {
        assertThat(given("monitoring-practice", "unknown").askedQuestions())
                .doesNotContainAnyElementsOf(MONITORING_FOLLOW_UPS);
    }

    @Test
    void routineOrSuspicionOnlyMonitoringOpensTheFollowUpsButNotTheSecondLevel() {
        for (String practice : List.of("routine", "on-suspicion-only")) {
            List<String> asked = given("monitoring-practice", practice).askedQuestions();
            assertThat(asked).as(practice).containsAll(MONITORING_FOLLOW_UPS)
                    .doesNotContainAnyElementsOf(SECOND_LEVEL);
        }
    }

    @Test
    void theFollowUpsComeRightAfterTheMonitoringQuestionInTheInterview() {
        try (Interview interview = Advisor.builtIn().startInterview()) {
            interview.answer("policy-exists", "no");
            interview.answer("personal-use", "allowed");
            interview.answer("social-media-access", "open");
            interview.answer("monitoring-practice", "on-suspicion-only");

            assertThat(interview.next()).map(Question::id).hasValue("employer-sector");
        }
    }

    @Test
    void withdrawingMonitoringWithdrawsTheFollowUpsAndTheirFindings() {
        try (Interview interview = Advisor.builtIn().startInterview()) {
            interview.answer("monitoring-practice", "routine");
            interview.answer("dpia-done", "no");
            interview.answer("covert-monitoring", "allowed-without-limits");
            assertThat(interview.findings()).extracting(Finding::id)
                    .contains("no-dpia", "covert-monitoring-without-limits");

            interview.answer("monitoring-practice", "none");

            assertThat(interview.relevant()).extracting(Question::id)
                    .doesNotContainAnyElementsOf(MONITORING_FOLLOW_UPS);
            assertThat(interview.findings()).extracting(Finding::id)
                    .doesNotContain("no-dpia", "covert-monitoring-without-limits").contains("no-monitoring");
            assertThat(interview.answers()).containsEntry("dpia-done", "no");
        }
    }
}

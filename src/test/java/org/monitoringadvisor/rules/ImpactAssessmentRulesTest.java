package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

/** impact-assessment.drl: the DPIA, whether the union has seen it, and whose views it sought. */
class ImpactAssessmentRulesTest {

    @Test
    void highRiskMonitoringWithoutAnImpactAssessmentIsAHighLawBasedGap() {
        given("monitoring-practice", "routine", "monitoring-content", "content-routinely", "dpia-done", "no").then()
                .hasGap("no-dpia")
                .citing("no-dpia", "uk-gdpr/art-35-dpia").citing("no-dpia", "ico-2023/dpia")
                .basedOn("no-dpia", SourceKind.LAW)
                .because("no-dpia", "dpia-done", "no").because("no-dpia", "monitoring-content", "content-routinely")
                .lacks("no-dpia-lower-risk").lacks("dpia-shared").lacks("dpia-not-shared");
    }

    @Test
    void lowerRiskMonitoringWithoutAnImpactAssessmentIsOnlyGoodPracticeMissed() {
        given("monitoring-practice", "on-suspicion-only", "monitoring-content", "traffic-only", "dpia-done", "no")
                .then().hasGap("no-dpia-lower-risk").lacks("no-dpia").basedOn("no-dpia-lower-risk", SourceKind.REGULATOR);
    }

    @Test
    void anAssessmentKeptFromTheUnionIsANegotiatingAimNotABreach() {
        given("monitoring-practice", "routine", "dpia-done", "yes-not-shared").then()
                .hasGap("dpia-not-shared").basedOn("dpia-not-shared", SourceKind.UNION).lacks("no-dpia");
    }

    @Test
    void aSharedAssessmentIsAStrengthAndAnUnknownOneAQuestion() {
        given("monitoring-practice", "routine", "dpia-done", "yes-shared").then()
                .hasStrength("dpia-shared").lacks("dpia-not-shared").lacks("no-dpia");
        given("monitoring-practice", "routine", "dpia-done", "unknown").then()
                .hasAsk("ask-dpia").lacks("no-dpia");
    }

    @Test
    void anAssessmentThatSoughtNoViewsIsAGapWithMediumConfidence() {
        Scenario.Outcome outcome = given("monitoring-practice", "routine", "dpia-done", "yes-shared",
                "dpia-union-views", "no").then()
                .hasGap("dpia-without-staff-views").lacks("dpia-with-staff-views")
                .citing("dpia-without-staff-views", "uk-gdpr/art-35-9-views");
        assertThat(outcome.finding("dpia-without-staff-views").confidence()).isEqualTo("medium");
    }

    @Test
    void whoseViewsWereSoughtIsAskedOnlyWhenThereIsAnAssessment() {
        assertThat(given("monitoring-practice", "routine", "dpia-done", "no").askedQuestions())
                .doesNotContain("dpia-union-views");
        assertThat(given("monitoring-practice", "routine", "dpia-done", "yes-shared").askedQuestions())
                .contains("dpia-union-views");
        given("monitoring-practice", "routine", "dpia-done", "no", "dpia-union-views", "no").then()
                .lacks("dpia-without-staff-views");
    }
}

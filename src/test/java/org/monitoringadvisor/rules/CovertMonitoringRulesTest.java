package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

/** covert-monitoring.drl: secret monitoring and its conditions. */
class CovertMonitoringRulesTest {

    @Test
    void secretMonitoringWithoutLimitsIsAHighGapCitingTheIcoStrasbourgAndGovUk() {
        Scenario.Outcome outcome = given("monitoring-practice", "routine",
                "covert-monitoring", "allowed-without-limits").then()
                .hasGap("covert-monitoring-without-limits")
                .citing("covert-monitoring-without-limits", "ico-2023/covert-monitoring")
                .citing("covert-monitoring-without-limits", "echr-lopez-ribalda-2019/targeted-covert")
                .citing("covert-monitoring-without-limits", "gov-uk-monitoring-staff/covert-only-in-investigations")
                .basedOn("covert-monitoring-without-limits", SourceKind.LAW)
                .lacks("covert-monitoring-limited");
        // The ICO's detailed conditions were read in the consultation draft, so the finding is graded medium.
        assertThat(outcome.finding("covert-monitoring-without-limits").confidence()).isEqualTo("medium");
    }

    @Test
    void secretMonitoringUnderStrictConditionsIsAStrength() {
        given("monitoring-practice", "routine", "covert-monitoring", "allowed-with-limits").then()
                .hasStrength("covert-monitoring-limited").lacks("covert-monitoring-without-limits");
    }

    @Test
    void aBanOnSecretMonitoringIsAStrengthAndNotKnowingAQuestion() {
        given("monitoring-practice", "on-suspicion-only", "covert-monitoring", "not-allowed").then()
                .hasStrength("no-covert-monitoring").lacks("covert-monitoring-limited");
        given("monitoring-practice", "routine", "covert-monitoring", "unknown").then()
                .hasAsk("ask-covert-monitoring").lacks("no-covert-monitoring");
    }

    @Test
    void secretMonitoringIsNotAskedAboutWhereThereIsNoMonitoring() {
        assertThat(given("monitoring-practice", "none").askedQuestions()).doesNotContain("covert-monitoring");
        given("monitoring-practice", "none", "covert-monitoring", "allowed-without-limits").then()
                .lacks("covert-monitoring-without-limits");
    }
}

package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

/** union-activity.drl (monitoring aimed at reps and activists) and email-safeguards.drl (personal messages). */
class UnionActivityAndSafeguardsRulesTest {

    @Test
    void signsThatMonitoringTargetsRepsAreAHighLawBasedGap() {
        var outcome = given("monitoring-practice", "routine", "union-activists-targeted", "yes").then()
                .hasGap("monitoring-targets-union-activity")
                .citing("monitoring-targets-union-activity", "tulrca-1992/s146-union-activities")
                .citing("monitoring-targets-union-activity", "tulrca-1992/s152-union-dismissal")
                .citing("monitoring-targets-union-activity", "si-2010-493/prohibited-lists")
                .basedOn("monitoring-targets-union-activity", SourceKind.LAW);
        assertThat(outcome.finding("monitoring-targets-union-activity").priority().id()).isEqualTo("high");
        given("monitoring-practice", "routine", "union-activists-targeted", "no").then()
                .lacks("monitoring-targets-union-activity").lacks("ask-union-activists-targeted");
    }

    @Test
    void theTargetingQuestionIsAskedOnlyWhereTheEmployerMonitors() {
        assertThat(given("monitoring-practice", "on-suspicion-only").askedQuestions())
                .contains("union-activists-targeted");
        assertThat(given("monitoring-practice", "none").askedQuestions()).doesNotContain("union-activists-targeted");
        given("monitoring-practice", "none", "union-activists-targeted", "yes").then()
                .lacks("monitoring-targets-union-activity");
    }

    @Test
    void personalMessagesAreAskedAboutOnlyWhereMonitoringCanReadThem() {
        assertThat(given("monitoring-practice", "routine", "monitoring-content", "content-routinely")
                .askedQuestions()).contains("personal-messages-protected");
        assertThat(given("monitoring-practice", "routine", "monitoring-content", "traffic-only",
                "device-monitoring-tools", "none").askedQuestions()).doesNotContain("personal-messages-protected");
    }

    @Test
    void missingSafeguardsForPersonalMessagesAreANegotiatingGap() {
        given("monitoring-practice", "routine", "monitoring-content", "content-routinely",
                "personal-messages-protected", "not-protected").then()
                .hasGap("personal-messages-unprotected")
                .citing("personal-messages-unprotected", "lrd-2020/evidently-personal")
                .basedOn("personal-messages-unprotected", SourceKind.UNION);
        given("monitoring-practice", "routine", "monitoring-content", "content-routinely",
                "personal-messages-protected", "protected").then()
                .hasStrength("personal-messages-protected").lacks("personal-messages-unprotected");
    }
}

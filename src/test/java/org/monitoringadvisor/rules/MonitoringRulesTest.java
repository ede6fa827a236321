package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;

class MonitoringRulesTest {

    @Test
    void routineMonitoringIsAGapAndMakesDisclosureRelevant() {
        given("monitoring-practice", "routine").then().hasGap("routine-monitoring")
                .citing("routine-monitoring", "unison-2014/monitor-only-on-suspicion");
        assertThat(given("monitoring-practice", "routine").askedQuestions()).contains("monitoring-disclosed");
        assertThat(given("monitoring-practice", "none").askedQuestions()).doesNotContain("monitoring-disclosed");
    }

    @Test
    void limitedOrNoMonitoringAreStrengths() {
        given("monitoring-practice", "on-suspicion-only").then().hasStrength("monitoring-on-suspicion-only")
                .lacks("routine-monitoring");
        given("monitoring-practice", "none").then().hasStrength("no-monitoring").lacks("routine-monitoring");
    }

    @Test
    void undisclosedRoutineMonitoringIsAHighGap() {
        given("monitoring-practice", "routine", "monitoring-disclosed", "no").then()
                .hasGap("routine-monitoring-undisclosed")
                .citing("routine-monitoring-undisclosed", "unison-2014/disclose-routine-monitoring")
                .because("routine-monitoring-undisclosed", "monitoring-disclosed", "no");
    }

    @Test
    void disclosureDecidesBetweenGapAndStrength() {
        given("monitoring-practice", "routine", "monitoring-disclosed", "partly").then()
                .hasGap("routine-monitoring-partly-disclosed").lacks("routine-monitoring-undisclosed");
        given("monitoring-practice", "routine", "monitoring-disclosed", "fully").then()
                .hasStrength("routine-monitoring-disclosed").hasGap("routine-monitoring");
    }

    @Test
    void disclosureCountsOnlyWhenMonitoringIsRoutine() {
        given("monitoring-practice", "on-suspicion-only", "monitoring-disclosed", "no").then()
                .lacks("routine-monitoring-undisclosed");
    }

    @Test
    void unknownAnswersBecomeQuestionsForManagement() {
        given("monitoring-practice", "unknown").then().hasAsk("ask-monitoring-practice");
        given("monitoring-practice", "routine", "monitoring-disclosed", "unknown").then()
                .hasAsk("ask-monitoring-disclosed").lacks("ask-monitoring-practice");
    }
}
